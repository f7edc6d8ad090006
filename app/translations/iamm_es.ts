<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccessControl</name>
    <message>
        <source>%1: access control needs a PostgreSQL server database; a SQLite file is protected by its file permissions</source>
        <translation>%1: el control de acceso requiere una base de datos en un servidor PostgreSQL; un archivo SQLite está protegido por los permisos del archivo</translation>
    </message>
    <message>
        <source>%1: access control is set up by the owner of the database&apos;s tables with the right to create roles (a superuser, or an owner with CREATEROLE)</source>
        <translation>%1: el control de acceso lo configura el propietario de las tablas de la base de datos con derecho a crear roles (un superusuario o un propietario con CREATEROLE)</translation>
    </message>
    <message>
        <source>%1: access control is not set up here: run `iamm admin init` first</source>
        <translation>%1: el control de acceso no está configurado aquí: ejecute primero `iamm admin init`</translation>
    </message>
    <message>
        <source>%1 is a superuser, who sees and changes everything: nothing granted</source>
        <translation>%1 es un superusuario, que ve y modifica todo: no se concedió nada</translation>
    </message>
    <message>
        <source>%1 has the role %2; a secretariat cannot also be a team or an observer (use another user name): nothing granted</source>
        <translation>%1 tiene el rol %2; una secretaría no puede ser también un equipo o un observador (utilice otro nombre de usuario): no se concedió nada</translation>
    </message>
    <message>
        <source>%1 has no %2 access to %3: nothing revoked</source>
        <translation>%1 no tiene acceso %2 a %3: no se revocó nada</translation>
    </message>
</context>
<context>
    <name>AccessRequest</name>
    <message>
        <source>&quot;%1&quot; is not a user name iamm creates: use lower-case letters, digits and _, starting with a letter or _ (at most 63)</source>
        <translation>«%1» no es un nombre de usuario que iamm cree: use letras minúsculas, dígitos y _, empezando por una letra o _ (como máximo 63)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is reserved: names starting with pg_ or iamm_ belong to the server and to iamm&apos;s group roles</source>
        <translation>«%1» está reservado: los nombres que empiezan por pg_ o iamm_ pertenecen al servidor y a los roles de grupo de iamm</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 alpha-3 state code (try `iamm state list --search`)</source>
        <translation>«%1» no es un código de Estado ISO 3166 alfa-3 (pruebe `iamm state list --search`)</translation>
    </message>
    <message>
        <source>group %1 has no members: nothing to grant</source>
        <translation>el grupo %1 no tiene miembros: no hay nada que conceder</translation>
    </message>
</context>
<context>
    <name>ActionDelegate</name>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Acción: %1</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Qué se hará</translation>
    </message>
    <message>
        <source>Action text</source>
        <translation>Texto de la acción</translation>
    </message>
    <message>
        <source>Owning agency</source>
        <translation>Organismo responsable</translation>
    </message>
    <message>
        <source>Agency owning the action</source>
        <translation>Organismo responsable de la acción</translation>
    </message>
    <message>
        <source>Due YYYY-MM-DD</source>
        <translation>Vence AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Due date of the action (YYYY-MM-DD)</source>
        <translation>Fecha de vencimiento de la acción (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>Status of the action</source>
        <translation>Estado de la acción</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Remove this action</source>
        <translation>Quitar esta acción</translation>
    </message>
    <message>
        <source>Carried over from the previous round: review it.</source>
        <translation>Traspasada de la ronda anterior: revísela.</translation>
    </message>
    <message>
        <source>Carried over from the previous round.</source>
        <translation>Traspasada de la ronda anterior.</translation>
    </message>
    <message>
        <source>Review of the carried-over action</source>
        <translation>Revisión de la acción traspasada</translation>
    </message>
    <message>
        <source>Continuing</source>
        <translation>Continúa</translation>
    </message>
</context>
<context>
    <name>ActionRecords</name>
    <message>
        <source>%1: no action with id %2</source>
        <translation>%1: no hay ninguna acción con el identificador %2</translation>
    </message>
    <message>
        <source>assessment %1 has no action %2</source>
        <translation>la evaluación %1 no tiene la acción %2</translation>
    </message>
    <message>
        <source>action %1 was not carried over from a previous round; change its status with `iamm action set-status` instead</source>
        <translation>la acción %1 no se trasladó de una ronda anterior; cambie en su lugar su estado con `iamm action set-status`</translation>
    </message>
    <message>
        <source>an action needs a text</source>
        <translation>una acción necesita un texto</translation>
    </message>
</context>
<context>
    <name>ActionsSection</name>
    <message>
        <source>Actions (%1)</source>
        <translation>Acciones (%1)</translation>
    </message>
    <message>
        <source>Changes are saved as you type.</source>
        <translation>Los cambios se guardan mientras escribe.</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nueva acción</translation>
    </message>
    <message>
        <source>Text of the new action</source>
        <translation>Texto de la nueva acción</translation>
    </message>
    <message>
        <source>Owning agency</source>
        <translation>Organismo responsable</translation>
    </message>
    <message>
        <source>Agency owning the new action</source>
        <translation>Organismo responsable de la nueva acción</translation>
    </message>
    <message>
        <source>Due YYYY-MM-DD</source>
        <translation>Vence AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Due date of the new action (YYYY-MM-DD)</source>
        <translation>Vencimiento de la nueva acción (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Añadir acción</translation>
    </message>
    <message>
        <source>Add the action</source>
        <translation>Añadir la acción</translation>
    </message>
    <message>
        <source>Remove the action “%1”?</source>
        <translation>¿Quitar la acción «%1»?</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Quitar la acción</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>AddEvidenceDialog</name>
    <message>
        <source>Add a note</source>
        <translation>Añadir una nota</translation>
    </message>
    <message>
        <source>Add a link</source>
        <translation>Añadir un enlace</translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation>Añadir un archivo</translation>
    </message>
    <message>
        <source>For item %1</source>
        <translation>Para el elemento %1</translation>
    </message>
    <message>
        <source>Title (the file name if left empty)</source>
        <translation>Título (el nombre del archivo si se deja vacío)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Title of the evidence</source>
        <translation>Título de la evidencia</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>La nota</translation>
    </message>
    <message>
        <source>Text of the note</source>
        <translation>Texto de la nota</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Address of the link</source>
        <translation>Dirección del enlace</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <source>Mark as confidential</source>
        <translation>Marcar como confidencial</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add the evidence</source>
        <translation>Añadir la evidencia</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>AgendaDialog</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>No session planned yet. Add the sessions of the workshop in order.</source>
        <translation>Aún no hay sesiones previstas. Añada las sesiones del taller en orden.</translation>
    </message>
    <message>
        <source>Sessions: %1 · in all: %2</source>
        <translation>Sesiones: %1 · en total: %2</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the session %1</source>
        <translation>Quitar la sesión %1</translation>
    </message>
    <message>
        <source>Session title, e.g. Morning: labour migration</source>
        <translation>Título de la sesión, p. ej. Mañana: migración laboral</translation>
    </message>
    <message>
        <source>Title of the new session</source>
        <translation>Título de la nueva sesión</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>First item of the session</source>
        <translation>Primer elemento de la sesión</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Last item of the session</source>
        <translation>Último elemento de la sesión</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Time box of the session in minutes</source>
        <translation>Tiempo asignado a la sesión, en minutos</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>Añadir sesión</translation>
    </message>
    <message>
        <source>Add the session to the agenda</source>
        <translation>Añadir la sesión al orden del día</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the agenda</source>
        <translation>Cerrar el orden del día</translation>
    </message>
    <message numerus="yes">
        <source>%1. %2 · %3–%4 (%n item(s)) · %5</source>
        <translation>
            <numerusform>%1. %2 · %3–%4 (%n elemento) · %5</numerusform>
            <numerusform>%1. %2 · %3–%4 (%n elementos) · %5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaPlan</name>
    <message>
        <source>the session has no title</source>
        <translation>la sesión no tiene título</translation>
    </message>
    <message>
        <source>framework %1 has no item &quot;%2&quot;</source>
        <translation>el marco %1 no tiene ningún elemento «%2»</translation>
    </message>
    <message>
        <source>its first item %1 comes after its last item %2</source>
        <translation>su primer elemento %1 va después de su último elemento %2</translation>
    </message>
    <message>
        <source>%1 minutes is outside %2–%3</source>
        <translation>%1 minutos está fuera del intervalo %2–%3</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>Walkthrough</source>
        <translation>Recorrido</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Pares</translation>
    </message>
</context>
<context>
    <name>AppToolBar</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>IAMM Self-Assessment</source>
        <translation>Autoevaluación IAMM</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>Walkthrough</source>
        <translation>Recorrido</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Pares</translation>
    </message>
    <message>
        <source>Present (F5)</source>
        <translation>Presentar (F5)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the last rating, target, confidence or checklist change (Ctrl+Z)</source>
        <translation>Deshacer el último cambio de nivel, meta, confianza o lista de control (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Redo the last undone change (Ctrl+Shift+Z)</source>
        <translation>Rehacer el último cambio deshecho (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Buscar…</translation>
    </message>
    <message>
        <source>Find an item by its text (Ctrl+F)</source>
        <translation>Buscar un elemento por su texto (Ctrl+F)</translation>
    </message>
    <message>
        <source>Light theme</source>
        <translation>Tema claro</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Tema oscuro</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Idioma: %1</translation>
    </message>
    <message>
        <source>Language of the application</source>
        <translation>Idioma de la aplicación</translation>
    </message>
</context>
<context>
    <name>Arguments</name>
    <message>
        <source>--%1 takes no value</source>
        <translation>--%1 no admite valor</translation>
    </message>
    <message>
        <source>--%1 given twice</source>
        <translation>--%1 indicada dos veces</translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation>--%1 requiere un valor</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>opción desconocida --%1</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>falta %1</translation>
    </message>
    <message numerus="yes">
        <source>expected at least %n argument(s)</source>
        <translation>
            <numerusform>se esperaba al menos %n argumento</numerusform>
            <numerusform>se esperaban al menos %n argumentos</numerusform>
        </translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 es obligatoria</translation>
    </message>
    <message>
        <source>--%1 expects a whole number, got &quot;%2&quot;</source>
        <translation>--%1 espera un número entero, se recibió «%2»</translation>
    </message>
    <message>
        <source>%1 must be a whole number, got &quot;%2&quot;</source>
        <translation>%1 debe ser un número entero, se recibió «%2»</translation>
    </message>
    <message>
        <source>%1 cannot be combined</source>
        <translation>%1 no se pueden combinar</translation>
    </message>
    <message>
        <source>give exactly one of %1</source>
        <translation>indique exactamente una de %1</translation>
    </message>
    <message>
        <source>--format must be json, csv or text</source>
        <translation>--format debe ser json, csv o text</translation>
    </message>
    <message>
        <source>--paper must be a4 or letter</source>
        <translation>--paper debe ser a4 o letter</translation>
    </message>
    <message>
        <source>--format must be csv or xlsx</source>
        <translation>--format debe ser csv o xlsx</translation>
    </message>
    <message>
        <source>--as must be continuing, done or dropped</source>
        <translation>--as debe ser continuing, done o dropped</translation>
    </message>
    <message>
        <source>assessment %1 has no action %2</source>
        <translation>la evaluación %1 no tiene la acción %2</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot;</source>
        <translation>subcomando desconocido «%1»</translation>
    </message>
    <message>
        <source>%1 is not an ISO 3166 alpha-3 state code</source>
        <translation>%1 no es un código de Estado ISO 3166 alfa-3</translation>
    </message>
    <message>
        <source>--format must be text or json</source>
        <translation>--format debe ser text o json</translation>
    </message>
    <message>
        <source>deleting an assessment cannot be undone; add --yes to confirm</source>
        <translation>eliminar una evaluación no se puede deshacer; añada --yes para confirmar</translation>
    </message>
    <message>
        <source>created new database %1</source>
        <translation>nueva base de datos creada: %1</translation>
    </message>
    <message>
        <source>%1: opened read-only (%2); changes will be refused</source>
        <translation>%1: abierta en solo lectura (%2); se rechazarán los cambios</translation>
    </message>
    <message>
        <source>--%1 expects a real date as YYYY-MM-DD, got &quot;%2&quot;</source>
        <translation>--%1 espera una fecha real con el formato AAAA-MM-DD, se recibió «%2»</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>sin evaluar</translation>
    </message>
    <message>
        <source>framework %1 has no item %2</source>
        <translation>el marco %1 no tiene el elemento %2</translation>
    </message>
    <message>
        <source>--participant and --agency go with an exchange (.json) file; a .csv file names its participants in its participant and agency columns</source>
        <translation>--participant y --agency acompañan a un archivo de intercambio (.json); un archivo .csv nombra a sus participantes en sus columnas participant y agency</translation>
    </message>
    <message>
        <source>--format must be json or text</source>
        <translation>--format debe ser json o text</translation>
    </message>
    <message>
        <source>--minutes is required</source>
        <translation>--minutes es obligatoria</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot; (list, show, validate)</source>
        <translation>subcomando desconocido «%1» (list, show, validate)</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot; (list)</source>
        <translation>subcomando desconocido «%1» (list)</translation>
    </message>
    <message>
        <source>(withdrawn code, ISO 3166-3)</source>
        <translation>(código retirado, ISO 3166-3)</translation>
    </message>
    <message>
        <source>(fictitious, demo only)</source>
        <translation>(ficticio, solo demostración)</translation>
    </message>
    <message>
        <source>name at least one state code</source>
        <translation>indique al menos un código de Estado</translation>
    </message>
    <message>
        <source>--min-peers must be at least 1</source>
        <translation>--min-peers debe ser al menos 1</translation>
    </message>
    <message>
        <source>--bind must be an IPv4 or IPv6 address, not &quot;%1&quot;</source>
        <translation>--bind debe ser una dirección IPv4 o IPv6, no «%1»</translation>
    </message>
    <message>
        <source>--port must be from 0 (any free port) to 65535</source>
        <translation>--port debe ir de 0 (cualquier puerto libre) a 65535</translation>
    </message>
    <message>
        <source>--seconds must be at least 1</source>
        <translation>--seconds debe ser al menos 1</translation>
    </message>
    <message>
        <source>the votes cannot be stored: %1 is open read-only</source>
        <translation>no se pueden guardar los votos: %1 está abierta en solo lectura</translation>
    </message>
    <message>
        <source>assessment %1 is final; reopen it before voting</source>
        <translation>la evaluación %1 es definitiva; reábrala antes de votar</translation>
    </message>
    <message>
        <source>--name must not be empty</source>
        <translation>--name no debe estar vacía</translation>
    </message>
    <message>
        <source>%1   [DRAFT]</source>
        <translation>%1   [BORRADOR]</translation>
    </message>
    <message>
        <source>State:      %1 (%2)</source>
        <translation>Estado:     %1 (%2)</translation>
    </message>
    <message>
        <source>Date:       %1   status: %2</source>
        <translation>Fecha:      %1   estado: %2</translation>
    </message>
    <message>
        <source>Framework:  %1 version %2, pinned sha256 %3</source>
        <translation>Marco:      %1 versión %2, sha256 fijado %3</translation>
    </message>
    <message>
        <source>            (the installed framework file differs; this assessment keeps its pinned text)</source>
        <translation>            (el archivo del marco instalado es distinto; esta evaluación conserva su texto fijado)</translation>
    </message>
    <message>
        <source>Id:         %1</source>
        <translation>Id:         %1</translation>
    </message>
    <message>
        <source>Progress:   %1 scored, %2 N/A, %3 not assessed, of %4</source>
        <translation>Progreso:   %1 calificados, %2 N/A, %3 sin evaluar, de %4</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Equipo:</translation>
    </message>
    <message>
        <source>%1   target %2</source>
        <translation>%1   meta %2</translation>
    </message>
    <message>
        <source>   confidence %1</source>
        <translation>   confianza %1</translation>
    </message>
    <message>
        <source>Rationale: %1</source>
        <translation>Justificación: %1</translation>
    </message>
    <message>
        <source>Dissent: %1</source>
        <translation>Opinión discrepante: %1</translation>
    </message>
    <message>
        <source>backed up %1 to %2</source>
        <translation>copia de seguridad de %1 en %2</translation>
    </message>
    <message>
        <source>restored %1 from %2</source>
        <translation>%1 restaurada desde %2</translation>
    </message>
    <message>
        <source>the replaced database is kept as %1</source>
        <translation>la base sustituida se conserva como %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: ok (%n assessment(s), database and attachments intact)</source>
        <translation>
            <numerusform>%1: correcto (%n evaluación, base y adjuntos intactos)</numerusform>
            <numerusform>%1: correcto (%n evaluaciones, base y adjuntos intactos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported %n assessment(s)</source>
        <translation>
            <numerusform>%n evaluación importada</numerusform>
            <numerusform>%n evaluaciones importadas</numerusform>
        </translation>
    </message>
    <message>
        <source>created group %1</source>
        <translation>grupo %1 creado</translation>
    </message>
    <message numerus="yes">
        <source>group %1 now has %n member(s)</source>
        <translation>
            <numerusform>el grupo %1 tiene ahora %n miembro</numerusform>
            <numerusform>el grupo %1 tiene ahora %n miembros</numerusform>
        </translation>
    </message>
    <message>
        <source>renamed group %1</source>
        <translation>grupo %1 renombrado</translation>
    </message>
    <message>
        <source>deleted group %1</source>
        <translation>grupo %1 eliminado</translation>
    </message>
    <message>
        <source>carried: %1</source>
        <translation>traspasada: %1</translation>
    </message>
    <message>
        <source>%1 reviewed: %2</source>
        <translation>%1 revisada: %2</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <comment>action</comment>
        <translation>%1 eliminada</translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation>%1 actualizada</translation>
    </message>
    <message>
        <source>Evidence #%1 (%2, confidential): %3</source>
        <translation>Evidencia n.º %1 (%2, confidencial): %3</translation>
    </message>
    <message>
        <source>Evidence #%1 (%2): %3</source>
        <translation>Evidencia n.º %1 (%2): %3</translation>
    </message>
    <message>
        <source>Action #%1 [%2] %3, due %4</source>
        <translation>Acción n.º %1 [%2] %3, vence el %4</translation>
    </message>
    <message>
        <source>Action #%1 [%2] %3</source>
        <translation>Acción n.º %1 [%2] %3</translation>
    </message>
    <message>
        <source>Action #%1 [%2] %3 – %4, due %5</source>
        <translation>Acción n.º %1 [%2] %3 – %4, vence el %5</translation>
    </message>
    <message>
        <source>Action #%1 [%2] %3 – %4</source>
        <translation>Acción n.º %1 [%2] %3 – %4</translation>
    </message>
    <message>
        <source>[%1] %2 %3</source>
        <translation>[%1] %2 %3</translation>
    </message>
    <message>
        <source>%1/%2 scored, %3 N/A</source>
        <translation>%1/%2 calificados, %3 N/A</translation>
    </message>
    <message>
        <source>%1 names no previous round; the rule applies</source>
        <translation>%1 no designa ninguna ronda anterior; se aplica la regla</translation>
    </message>
    <message>
        <source>%1 follows %2</source>
        <translation>%1 sigue a %2</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot; (create, list, %2)</source>
        <translation>subcomando desconocido «%1» (create, list, %2)</translation>
    </message>
    <message>
        <source>%1 finalized</source>
        <translation>%1 finalizada</translation>
    </message>
    <message>
        <source>%1 reopened as draft</source>
        <translation>%1 reabierta como borrador</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>%1 eliminada</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: cleared</source>
        <translation>%1: borrado</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <comment>participant&apos;s views</comment>
        <translation>opiniones de %1 eliminadas</translation>
    </message>
    <message>
        <source>Created the demo workshop (all states, names and scores are FICTITIOUS):
  six fictitious states XAA–XAF with final first-round assessments,
  a draft second round for Aurelia (XAA): %1
  and the peer group %2.
Try: iamm assessment show %1
     iamm gap --state XAA --group DEMO --format text
     iamm trend --state XAA   (Aurelia&apos;s three rounds: a 2024 baseline, the first round, the draft)
</source>
        <translation>Taller de demostración creado (todos los Estados, nombres y puntuaciones son FICTICIOS):
  seis Estados ficticios XAA–XAF con evaluaciones definitivas de la primera ronda,
  una segunda ronda en borrador para Aurelia (XAA): %1
  y el grupo de pares %2.
Pruebe: iamm assessment show %1
        iamm gap --state XAA --group DEMO --format text
        iamm trend --state XAA   (las tres rondas de Aurelia: una línea de base de 2024, la primera ronda, el borrador)
</translation>
    </message>
    <message>
        <source>confidential</source>
        <translation>confidencial</translation>
    </message>
    <message>
        <source>%1 (%2, %3 bytes, sha256 %4)</source>
        <translation>%1 (%2, %3 bytes, sha256 %4)</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminada</translation>
    </message>
    <message>
        <source>evidence %1 is a %2, not a file</source>
        <translation>la evidencia %1 es de tipo %2, no un archivo</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>total	%1 min</source>
        <translation>total	%1 min</translation>
    </message>
    <message>
        <source>session %1 added</source>
        <translation>sesión %1 añadida</translation>
    </message>
    <message>
        <source>note on %1 removed</source>
        <translation>nota sobre %1 eliminada</translation>
    </message>
    <message>
        <source>note on %1 saved</source>
        <translation>nota sobre %1 guardada</translation>
    </message>
    <message>
        <source>%1 reopened</source>
        <translation>%1 reabierta</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 resuelta</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <comment>parking-lot question</comment>
        <translation>%1 eliminada</translation>
    </message>
    <message>
        <source>agenda cleared</source>
        <translation>orden del día borrado</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Desde %1</translation>
    </message>
    <message>
        <source>Since %1, %2</source>
        <translation>Desde %1, %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Note: %1 (%2)</source>
        <translation>Nota: %1 (%2)</translation>
    </message>
    <message>
        <source>Remarks: %1</source>
        <translation>Observaciones: %1</translation>
    </message>
    <message numerus="yes">
        <source>Shipped reference data (read-only); %n member(s):</source>
        <translation>
            <numerusform>Datos de referencia incluidos (solo lectura); %n miembro:</numerusform>
            <numerusform>Datos de referencia incluidos (solo lectura); %n miembros:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your own group; %n member(s):</source>
        <translation>
            <numerusform>Grupo propio; %n miembro:</numerusform>
            <numerusform>Grupo propio; %n miembros:</numerusform>
        </translation>
    </message>
    <message>
        <source>(listed as &quot;%1&quot;)</source>
        <translation>(figura como «%1»)</translation>
    </message>
    <message numerus="yes">
        <source>%n &quot;interested&quot; state(s) (not members):</source>
        <translation>
            <numerusform>%n Estado «interesado» (no miembro):</numerusform>
            <numerusform>%n Estados «interesados» (no miembros):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n miembro</numerusform>
            <numerusform>%n miembros</numerusform>
        </translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>incluido</translation>
    </message>
    <message>
        <source>own</source>
        <translation>propio</translation>
    </message>
    <message>
        <source>voting on %1 at %2 (session code %3)</source>
        <translation>votación sobre %1 en %2 (código de sesión %3)</translation>
    </message>
    <message numerus="yes">
        <source>vote closed; %n contribution(s) stored</source>
        <translation>
            <numerusform>votación cerrada; %n contribución guardada</numerusform>
            <numerusform>votación cerrada; %n contribuciones guardadas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>change: %1</source>
        <translation>cambio: %1</translation>
    </message>
    <message>
        <source>change: %1 – %2</source>
        <translation>cambio: %1 – %2</translation>
    </message>
    <message>
        <source>dissent: %1</source>
        <translation>opinión discrepante: %1</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <comment>team member</comment>
        <translation>%1 eliminado</translation>
    </message>
    <message>
        <source>%1 version %2</source>
        <translation>%1 versión %2</translation>
    </message>
    <message>
        <source>Source of the official texts: %1</source>
        <translation>Fuente de los textos oficiales: %1</translation>
    </message>
    <message>
        <source>Scale (product guidance, not official text):</source>
        <translation>Escala (orientación del producto, no texto oficial):</translation>
    </message>
    <message>
        <source>Default target: %1</source>
        <translation>Meta por defecto: %1</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>fuente: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>ignored: %1</source>
        <translation>ignorado: %1</translation>
    </message>
    <message>
        <source>valid: %1 official translation of %2 version %3, %4 of %5 texts translated</source>
        <translation>válida: traducción oficial %1 de %2 versión %3, %4 de %5 textos traducidos</translation>
    </message>
    <message>
        <source>valid: %1 working translation of %2 version %3, %4 of %5 texts translated</source>
        <translation>válida: traducción de trabajo %1 de %2 versión %3, %4 de %5 textos traducidos</translation>
    </message>
    <message>
        <source>untranslated (shown in English): %1</source>
        <translation>sin traducir (se muestra en inglés): %1</translation>
    </message>
    <message>
        <source>valid: %1 version %2, %3 sections, %4 items, sha256 %5</source>
        <translation>válido: %1 versión %2, %3 secciones, %4 elementos, sha256 %5</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>--secretariat takes --group and --user, not --state or --role</source>
        <translation>--secretariat lleva --group y --user, no --state ni --role</translation>
    </message>
    <message>
        <source>--group is for a secretariat: add --secretariat</source>
        <translation>--group es para una secretaría: añada --secretariat</translation>
    </message>
    <message>
        <source>--role must be team or observer (a secretariat: --secretariat --group GROUP)</source>
        <translation>--role debe ser team u observer (para una secretaría: --secretariat --group GROUP)</translation>
    </message>
    <message>
        <source>%1 access of %2 to %3</source>
        <translation>acceso %1 de %2 a %3</translation>
    </message>
    <message>
        <source>access control is set up in %1: group roles iamm_team, iamm_observer and iamm_secretariat, row-level security on every table of assessments; give access with `iamm admin grant`</source>
        <translation>el control de acceso está configurado en %1: roles de grupo iamm_team, iamm_observer e iamm_secretariat, seguridad a nivel de fila en cada tabla de las evaluaciones; conceda accesos con `iamm admin grant`</translation>
    </message>
    <message>
        <source>created the login role %1 without a password: set one with psql&apos;s \password %1 (or let the server&apos;s pg_hba.conf authenticate it otherwise)</source>
        <translation>se creó el rol de inicio de sesión %1 sin contraseña: defina una con \password %1 en psql (o deje que el pg_hba.conf del servidor lo autentique de otro modo)</translation>
    </message>
    <message>
        <source>granted %1</source>
        <translation>concedido: %1</translation>
    </message>
    <message numerus="yes">
        <source>revoked %1 (%n grant(s))</source>
        <translation>
            <numerusform>retirado: %1 (%n autorización)</numerusform>
            <numerusform>retirado: %1 (%n autorizaciones)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 no longer has the role %2 (its login role is kept)</source>
        <translation>%1 ya no tiene el rol %2 (se conserva su rol de inicio de sesión)</translation>
    </message>
    <message>
        <source>copied %11 (%12, %13): %1 responses, %2 checklist entries, %3 evidence items (%4 files), %5 actions, %6 contributions, %7 facilitator notes, %8 parked questions, %9 agenda sessions, %10 audit entries</source>
        <translation>copiada %11 (%12, %13): %1 respuestas, %2 entradas de la lista de verificación, %3 evidencias (%4 archivos), %5 acciones, %6 contribuciones, %7 notas del facilitador, %8 cuestiones pendientes, %9 sesiones del orden del día, %10 entradas del historial</translation>
    </message>
    <message>
        <source>--from and --to name the same database %1</source>
        <translation>--from y --to designan la misma base de datos %1</translation>
    </message>
    <message numerus="yes">
        <source>copied %n assessment(s) from %1 to %2, each read back and verified by SHA-256</source>
        <translation>
            <numerusform>%n evaluación copiada de %1 a %2, releída y verificada con SHA-256</numerusform>
            <numerusform>%n evaluaciones copiadas de %1 a %2, cada una releída y verificada con SHA-256</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>copied %n peer group(s)</source>
        <translation>
            <numerusform>%n grupo de pares copiado</numerusform>
            <numerusform>%n grupos de pares copiados</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1: this login reads the shared figures of final assessments only; the report has no team, rationale, evidence, notes, contributions or earlier rounds</source>
        <translation>%1: este usuario solo lee las cifras compartidas de las evaluaciones finales; el informe no incluye equipo, justificación, evidencias, notas, contribuciones ni rondas anteriores</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found; %2</source>
        <translation>
            <numerusform>%1: se detectó %n problema; %2</numerusform>
            <numerusform>%1: se detectaron %n problemas; %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported %n participant(s); %1</source>
        <translation>
            <numerusform>se importó %n participante; %1</numerusform>
            <numerusform>se importaron %n participantes; %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n view(s) recorded</source>
        <translation>
            <numerusform>se registró %n opinión</numerusform>
            <numerusform>se registraron %n opiniones</numerusform>
        </translation>
    </message>
    <message>
        <source>Texts:      official translation (%1); the English text (--lang en) is authoritative</source>
        <translation>Textos:     traducción oficial (%1); el texto en inglés (--lang en) es el auténtico</translation>
    </message>
    <message>
        <source>Texts:      working translation; the English text (--lang en) is authoritative</source>
        <translation>Textos:     traducción de trabajo; el texto en inglés (--lang en) es el auténtico</translation>
    </message>
</context>
<context>
    <name>AssessmentCard</name>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation>%1, %2, %3, %4</translation>
    </message>
    <message>
        <source>final</source>
        <translation>definitiva</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Assessed on %1</source>
        <translation>Evaluada el %1</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>%1 scored · %2 N/A · %3 remaining</source>
        <translation>%1 calificados · %2 N/A · %3 pendientes</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the assessment of %1</source>
        <translation>Abrir la evaluación de %1</translation>
    </message>
    <message>
        <source>New round…</source>
        <translation>Nueva ronda…</translation>
    </message>
    <message>
        <source>Start a new round from the assessment of %1</source>
        <translation>Iniciar una nueva ronda a partir de la evaluación de %1</translation>
    </message>
    <message>
        <source>Team…</source>
        <translation>Equipo…</translation>
    </message>
    <message>
        <source>Show and edit the national team of the assessment of %1</source>
        <translation>Ver y editar el equipo nacional de la evaluación de %1</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Reabrir…</translation>
    </message>
    <message>
        <source>Finalize…</source>
        <translation>Finalizar…</translation>
    </message>
    <message>
        <source>Reopen the assessment of %1 as a draft</source>
        <translation>Reabrir la evaluación de %1 como borrador</translation>
    </message>
    <message>
        <source>Mark the assessment of %1 as final</source>
        <translation>Marcar la evaluación de %1 como definitiva</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export the assessment of %1 to an exchange file</source>
        <translation>Exportar la evaluación de %1 a un archivo de intercambio</translation>
    </message>
    <message>
        <source>Export for sharing…</source>
        <translation>Exportar para compartir…</translation>
    </message>
    <message>
        <source>Export the assessment of %1 without typed text or confidential items</source>
        <translation>Exportar la evaluación de %1 sin texto escrito ni elementos confidenciales</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete the assessment of %1</source>
        <translation>Eliminar la evaluación de %1</translation>
    </message>
    <message>
        <source>Follows the round of %1</source>
        <translation>Sigue a la ronda del %1</translation>
    </message>
    <message>
        <source>Overall mean %1 → %2 (%3) since the round of %4</source>
        <translation>Media general %1 → %2 (%3) desde la ronda del %4</translation>
    </message>
</context>
<context>
    <name>AssessmentDetailsDialog</name>
    <message>
        <source>Details of “%1” (%2)</source>
        <translation>Detalles de «%1» (%2)</translation>
    </message>
    <message>
        <source>National team</source>
        <translation>Equipo nacional</translation>
    </message>
    <message>
        <source>This assessment is final and read-only. Reopen it to change its team.</source>
        <translation>Esta evaluación es definitiva y de solo lectura. Reábrala para cambiar su equipo.</translation>
    </message>
    <message>
        <source>Shown on the cover of the gap report.</source>
        <translation>Figura en la portada del informe de brechas.</translation>
    </message>
    <message>
        <source>No team members yet.</source>
        <translation>Aún no hay miembros en el equipo.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove %1 from the team</source>
        <translation>Quitar a %1 del equipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Name of the new team member</source>
        <translation>Nombre del nuevo miembro del equipo</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <source>Agency of the new team member</source>
        <translation>Organismo del nuevo miembro del equipo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Role of the new team member</source>
        <translation>Función del nuevo miembro del equipo</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Añadir miembro</translation>
    </message>
    <message>
        <source>Add the member to the team</source>
        <translation>Añadir el miembro al equipo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>AssessmentExchange</name>
    <message>
        <source>%1: $.assessment.id: assessment %2 is already in %3; nothing was imported (confirm replacing it, e.g. iamm import --replace)</source>
        <translation>%1: $.assessment.id: la evaluación %2 ya está en %3; no se importó nada (confirme que la reemplaza, p. ej. iamm import --replace)</translation>
    </message>
    <message>
        <source>%1: $.assessment.id: assessment %2 would change its state to %3; an assessment never changes state, so nothing was imported</source>
        <translation>%1: $.assessment.id: la evaluación %2 cambiaría su Estado a %3; una evaluación nunca cambia de Estado, así que no se importó nada</translation>
    </message>
    <message>
        <source>%1: $.assessment.id: the final assessment %2 would be replaced by a draft; reopen it first if that is meant, so nothing was imported</source>
        <translation>%1: $.assessment.id: la evaluación definitiva %2 se reemplazaría por un borrador; reábrala primero si es lo que se pretende, así que no se importó nada</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
    <message>
        <source>%1: $.assessment.id: assessment %2 is also in %3</source>
        <translation>%1: $.assessment.id: la evaluación %2 también está en %3</translation>
    </message>
</context>
<context>
    <name>AssessmentFilterBar</name>
    <message>
        <source>Filter by state or title</source>
        <translation>Filtrar por Estado o título</translation>
    </message>
    <message>
        <source>Filter the assessments by state or title</source>
        <translation>Filtrar las evaluaciones por Estado o título</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Definitivas</translation>
    </message>
    <message>
        <source>Show assessments with this status</source>
        <translation>Mostrar las evaluaciones con este estado</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <source>Clear the filter and show all assessments</source>
        <translation>Borrar el filtro y mostrar todas las evaluaciones</translation>
    </message>
    <message>
        <source>No assessment matches this filter.</source>
        <translation>Ninguna evaluación coincide con este filtro.</translation>
    </message>
</context>
<context>
    <name>AssessmentRecords</name>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 alpha-3 state code (try `iamm state list --search`)</source>
        <translation>«%1» no es un código de Estado ISO 3166 alfa-3 (pruebe `iamm state list --search`)</translation>
    </message>
    <message>
        <source>the assessment date is not a valid date</source>
        <translation>la fecha de la evaluación no es una fecha válida</translation>
    </message>
    <message>
        <source>assessment %1 cannot be its own previous round</source>
        <translation>la evaluación %1 no puede ser su propia ronda anterior</translation>
    </message>
    <message>
        <source>assessment %1 (%2, framework %3) cannot be the previous round of %4 (%5, framework %6): a previous round is of the same state and framework</source>
        <translation>la evaluación %1 (%2, marco %3) no puede ser la ronda anterior de %4 (%5, marco %6): una ronda anterior es del mismo Estado y del mismo marco</translation>
    </message>
    <message>
        <source>team member %1 has no name</source>
        <translation>el miembro del equipo %1 no tiene nombre</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>assessment</source>
        <translation>evaluación</translation>
    </message>
    <message>
        <source>response</source>
        <translation>respuesta</translation>
    </message>
    <message>
        <source>checklist</source>
        <translation>lista de verificación</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>evidencia</translation>
    </message>
    <message>
        <source>action</source>
        <translation>acción</translation>
    </message>
    <message>
        <source>contribution</source>
        <translation>contribución</translation>
    </message>
    <message>
        <source>facilitator note</source>
        <translation>nota del facilitador</translation>
    </message>
    <message>
        <source>parked question</source>
        <translation>cuestión pendiente</translation>
    </message>
    <message>
        <source>agenda</source>
        <translation>orden del día</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creación</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminación</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importación</translation>
    </message>
    <message>
        <source>replaced by import</source>
        <translation>sustitución por importación</translation>
    </message>
    <message>
        <source>added</source>
        <translation>incorporación</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retirada</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>sustitución</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>team</source>
        <translation>equipo</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>previous round</source>
        <translation>ronda anterior</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>puntuación</translation>
    </message>
    <message>
        <source>target</source>
        <translation>meta</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>confianza</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>justificación</translation>
    </message>
    <message>
        <source>dissent</source>
        <translation>opinión discrepante</translation>
    </message>
    <message>
        <source>change reason</source>
        <translation>motivo del cambio</translation>
    </message>
    <message>
        <source>change note</source>
        <translation>explicación del cambio</translation>
    </message>
    <message>
        <source>item</source>
        <translation>elemento</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>due</source>
        <translation>fecha límite</translation>
    </message>
    <message>
        <source>review</source>
        <translation>revisión</translation>
    </message>
    <message>
        <source>done</source>
        <translation>resuelta</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sesiones</translation>
    </message>
</context>
<context>
    <name>BoundedFile</name>
    <message>
        <source>%1: cannot read: no such file</source>
        <translation>%1: no se puede leer: el archivo no existe</translation>
    </message>
    <message>
        <source>%1: cannot read: not a regular file</source>
        <translation>%1: no se puede leer: no es un archivo normal</translation>
    </message>
    <message>
        <source>%1: the file has %2 MiB; at most %3 MiB are read</source>
        <translation>%1: el archivo ocupa %2 MiB; se leen como máximo %3 MiB</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1: the file grew beyond %2 MiB while it was read</source>
        <translation>%1: el archivo superó los %2 MiB mientras se leía</translation>
    </message>
</context>
<context>
    <name>CalendarDate</name>
    <message>
        <source>the assessment date is missing: enter it in the form YYYY-MM-DD (e.g. %1)</source>
        <translation>falta la fecha de la evaluación: introdúzcala con el formato AAAA-MM-DD (p. ej. %1)</translation>
    </message>
    <message>
        <source>the date of the new round is missing: enter it in the form YYYY-MM-DD (e.g. %1)</source>
        <translation>falta la fecha de la nueva ronda: introdúzcala con el formato AAAA-MM-DD (p. ej. %1)</translation>
    </message>
    <message>
        <source>the assessment date &quot;%1&quot; is not a date in the form YYYY-MM-DD (e.g. %2)</source>
        <translation>la fecha de la evaluación «%1» no es una fecha con el formato AAAA-MM-DD (p. ej. %2)</translation>
    </message>
    <message>
        <source>the date of the new round &quot;%1&quot; is not a date in the form YYYY-MM-DD (e.g. %2)</source>
        <translation>la fecha de la nueva ronda «%1» no es una fecha con el formato AAAA-MM-DD (p. ej. %2)</translation>
    </message>
</context>
<context>
    <name>ChangeReasons</name>
    <message>
        <source>Performance</source>
        <translation>Desempeño</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>a real change in practice</source>
        <translation>un cambio real en la práctica</translation>
    </message>
    <message>
        <source>new or better information</source>
        <translation>información nueva o mejor</translation>
    </message>
    <message>
        <source>a different reading of the scale or the item</source>
        <translation>otra lectura de la escala o del elemento</translation>
    </message>
    <message>
        <source>another reason</source>
        <translation>otro motivo</translation>
    </message>
</context>
<context>
    <name>ChecklistRecords</name>
    <message>
        <source>framework %1 has no sub-topic or statement &quot;%2&quot;</source>
        <translation>el marco %1 no tiene ningún subtema ni enunciado «%2»</translation>
    </message>
</context>
<context>
    <name>ChecklistSection</name>
    <message>
        <source>In place</source>
        <translation>Implantado</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Parcial</translation>
    </message>
    <message>
        <source>Not in place</source>
        <translation>No implantado</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>Sub-topics and statements</source>
        <translation>Subtemas y enunciados</translation>
    </message>
    <message>
        <source>From the official text. Mark how far each is in place; choose the marked status again to clear it.</source>
        <translation>Del texto oficial. Indique en qué medida cada uno está implantado; vuelva a elegir el estado marcado para borrarlo.</translation>
    </message>
    <message>
        <source>Statement: %1</source>
        <translation>Enunciado: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
</context>
<context>
    <name>ChoiceRow</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--db needs a path</source>
        <translation>--db requiere una ruta</translation>
    </message>
    <message>
        <source>--lang needs a language: en, fr or es</source>
        <translation>--lang requiere un idioma: en, fr o es</translation>
    </message>
    <message>
        <source>unknown option %1 (options go after the command)</source>
        <translation>opción desconocida %1 (las opciones van después del comando)</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; for --lang: use en, fr or es</source>
        <translation>idioma desconocido «%1» para --lang: use en, fr o es</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see iamm --help)</source>
        <translation>comando desconocido «%1» (véase iamm --help)</translation>
    </message>
    <message>
        <source>unexpected error:</source>
        <translation>error inesperado:</translation>
    </message>
    <message>
        <source>Usage: iamm [--db PATH] [--read-only] [--lang en|fr|es] COMMAND ...

IAMM self-assessment: score a state against the International Agenda for Migration
Management, compare it with its peers and write gap reports.

Frameworks and states
  framework list | show [ID] [--format text|json] | validate FILE [--framework FILE]
  state list [--search TEXT]
Assessments
  assessment create --state ISO3 [--framework ID] [--title T] [--date YYYY-MM-DD]
  assessment list [--state ISO3]
  assessment show ID [--format text|json]
  assessment finalize ID | reopen ID | delete ID --yes
  assessment new-round ID [--title T] [--date YYYY-MM-DD]
  assessment set-previous ID (PREV_ID | --clear)
  score ID ITEM (--score N | --na | --clear) [--target N | --clear-target]
                [--confidence low|medium|high] [--rationale TEXT] [--dissent TEXT]
                [--change-reason performance|evidence|method|other] [--change-note TEXT]
  checklist ID ENTRY (--status in_place|partial|not_in_place|not_applicable | --clear)
  evidence add ID ITEM (--note TEXT | --link URL | --file PATH) [--title T] [--confidential]
  evidence list ID [ITEM] | remove EVIDENCE_ID | save EVIDENCE_ID --out FILE [--force]
  action add ID ITEM --text T [--owner AGENCY] [--due YYYY-MM-DD] [--status S]
  action list ID [ITEM] | set-status ID ACTION_ID --status S | remove ID ACTION_ID
  action review ID ACTION_ID --as continuing|done|dropped   (actions carried from the previous round)
  history ID
  team add ID --name N [--agency A] [--role R]
  team list ID | remove ID MEMBER_ID
Rounds: what changed since the previous assessment
  trend --state ISO3 [--framework ID] [--finals-only] [--format json|csv|text]
  compare ID_A ID_B [--format json|text]     item by item, change = B − A
Workshop: every participant&apos;s view before the agreed score
  contribution import ID FILE.csv            votes: participant,agency,item,score,comment
  contribution import ID FILE.json [--participant NAME] [--agency A]
                                             one participant&apos;s own exported assessment
  contribution list ID | remove ID --participant NAME
  consensus show ID [--format json|csv|text]
Facilitator tools (private: never in --share exports, in reports only with --include-notes)
  note ID ITEM TEXT | note ID ITEM --clear | note list ID [--format json|text]
  parking add ID --item ITEM TEXT | parking list ID [--open] [--format json|text]
  parking done ID QUESTION_ID [--undo] | parking remove ID QUESTION_ID
  agenda add ID --title T --from ITEM --to ITEM --minutes N
  agenda list ID [--format json|text] | agenda clear ID
Live voting: participants vote from their phones on the local network
  poll serve ID --item ITEM [--bind ADDR] [--port N] [--code CODE] [--seconds S]
             serves the voting page until S seconds pass or SIGINT/SIGTERM, stores the
             votes as contributions and prints the tally as JSON (default 127.0.0.1, any port)
Peers and reports
  group list | show ID | create ID [--name N] [ISO3 ...] | create ID --from GROUP [--name N]
  group add ID ISO3 ... | remove ID ISO3 ... | rename ID --name N | delete ID
  gap --state ISO3 --group GROUP [--assessment ID] [--min-peers N] [--format json|csv|text]
  report --state ISO3 --group GROUP --out FILE.pdf [--assessment ID] [--min-peers N]
         [--paper a4|letter] [--include-evidence] [--name-contributors] [--include-notes]
  worksheet ID --out FILE.pdf [--participant NAME] [--paper a4|letter] [--force]
  export-table --group GROUP --format csv|xlsx --out FILE [--framework ID]
  export ID --out FILE [--share]
  import FILE ... [--replace]
Database
  demo       create a demo workshop (fictitious states, names and scores)
  check      integrity check of the database and its attachments (one line per problem)
  backup [--out FILE]   consistent copy, also while the app is open (default: the backups
                        folder beside the database, the newest 10 kept)
  restore FILE          replace the database by a checked backup, keeping the replaced file
  copy --from SOURCE --to TARGET [--assessment ID ...]
                        copy assessments with everything attached and their history
                        (all, and your peer groups, without --assessment), replacing
                        those with the same ids; verified by SHA-256, all or nothing
Server administration (PostgreSQL): run by the owner of the database
  admin init            group roles, access_grants and row-level security policies
  admin grant --state ISO3 --user NAME --role team|observer
  admin grant --secretariat --group GROUP --user NAME
                        creates the login role NAME when missing (set its password with
                        psql&apos;s \password); a secretariat reads the final scores of the
                        group&apos;s states only
  admin revoke (same options as grant) | admin list

Texts, numbers and dates are in --lang&apos;s language (en, fr or es), else the system&apos;s, else
English; JSON and CSV output is the same in every language.

The database is --db PATH, else $IAMM_DB, else the default in your data folder:
</source>
        <translation>Uso: iamm [--db PATH] [--read-only] [--lang en|fr|es] COMMAND ...

Autoevaluación IAMM: calificar a un Estado según la Agenda Internacional para la Gestión
de la Migración, compararlo con sus pares y elaborar informes de brechas.

Marcos y Estados
  framework list | show [ID] [--format text|json] | validate FILE [--framework FILE]
  state list [--search TEXT]
Evaluaciones
  assessment create --state ISO3 [--framework ID] [--title T] [--date YYYY-MM-DD]
  assessment list [--state ISO3]
  assessment show ID [--format text|json]
  assessment finalize ID | reopen ID | delete ID --yes
  assessment new-round ID [--title T] [--date YYYY-MM-DD]
  assessment set-previous ID (PREV_ID | --clear)
  score ID ITEM (--score N | --na | --clear) [--target N | --clear-target]
                [--confidence low|medium|high] [--rationale TEXT] [--dissent TEXT]
                [--change-reason performance|evidence|method|other] [--change-note TEXT]
  checklist ID ENTRY (--status in_place|partial|not_in_place|not_applicable | --clear)
  evidence add ID ITEM (--note TEXT | --link URL | --file PATH) [--title T] [--confidential]
  evidence list ID [ITEM] | remove EVIDENCE_ID | save EVIDENCE_ID --out FILE [--force]
  action add ID ITEM --text T [--owner AGENCY] [--due YYYY-MM-DD] [--status S]
  action list ID [ITEM] | set-status ID ACTION_ID --status S | remove ID ACTION_ID
  action review ID ACTION_ID --as continuing|done|dropped   (acciones trasladadas de la ronda anterior)
  history ID
  team add ID --name N [--agency A] [--role R]
  team list ID | remove ID MEMBER_ID
Rondas: qué cambió desde la evaluación anterior
  trend --state ISO3 [--framework ID] [--finals-only] [--format json|csv|text]
  compare ID_A ID_B [--format json|text]     elemento por elemento, cambio = B − A
Taller: la opinión de cada participante antes del nivel acordado
  contribution import ID FILE.csv            votos: participant,agency,item,score,comment
  contribution import ID FILE.json [--participant NAME] [--agency A]
                                             la evaluación exportada de un participante
  contribution list ID | remove ID --participant NAME
  consensus show ID [--format json|csv|text]
Herramientas del facilitador (privadas: nunca en las exportaciones --share, en los informes solo con --include-notes)
  note ID ITEM TEXT | note ID ITEM --clear | note list ID [--format json|text]
  parking add ID --item ITEM TEXT | parking list ID [--open] [--format json|text]
  parking done ID QUESTION_ID [--undo] | parking remove ID QUESTION_ID
  agenda add ID --title T --from ITEM --to ITEM --minutes N
  agenda list ID [--format json|text] | agenda clear ID
Votación en directo: los participantes votan desde su teléfono en la red local
  poll serve ID --item ITEM [--bind ADDR] [--port N] [--code CODE] [--seconds S]
             sirve la página de votación hasta que pasen S segundos o SIGINT/SIGTERM, guarda los
             votos como contribuciones e imprime el recuento en JSON (por defecto 127.0.0.1, cualquier puerto)
Pares e informes
  group list | show ID | create ID [--name N] [ISO3 ...] | create ID --from GROUP [--name N]
  group add ID ISO3 ... | remove ID ISO3 ... | rename ID --name N | delete ID
  gap --state ISO3 --group GROUP [--assessment ID] [--min-peers N] [--format json|csv|text]
  report --state ISO3 --group GROUP --out FILE.pdf [--assessment ID] [--min-peers N]
         [--paper a4|letter] [--include-evidence] [--name-contributors] [--include-notes]
  worksheet ID --out FILE.pdf [--participant NAME] [--paper a4|letter] [--force]
  export-table --group GROUP --format csv|xlsx --out FILE [--framework ID]
  export ID --out FILE [--share]
  import FILE ... [--replace]
Base de datos
  demo       crea un taller de demostración (Estados, nombres y niveles ficticios)
  check      comprueba la integridad de la base y sus adjuntos (una línea por problema)
  backup [--out FILE]   copia coherente, también con la aplicación abierta (por defecto: la carpeta
                        backups junto a la base; se conservan las 10 más recientes)
  restore FILE          sustituye la base por una copia verificada, conservando el archivo sustituido
  copy --from SOURCE --to TARGET [--assessment ID ...]
                        copia evaluaciones con todo lo vinculado y su historial
                        (todas, y sus grupos de pares, sin --assessment), reemplazando
                        las de mismo identificador; verificada con SHA-256, todo o nada
Administración del servidor (PostgreSQL): a cargo del propietario de la base
  admin init            roles de grupo, access_grants y políticas de seguridad a nivel de fila
  admin grant --state ISO3 --user NAME --role team|observer
  admin grant --secretariat --group GROUP --user NAME
                        crea el rol de inicio de sesión NAME si falta (su contraseña se define
                        con \password en psql); una secretaría solo lee los niveles definitivos
                        de los Estados del grupo
  admin revoke (mismas opciones que grant) | admin list

Textos, números y fechas están en el idioma de --lang (en, fr o es) o, en su defecto, en el del
sistema o en inglés; la salida JSON y CSV es la misma en todos los idiomas.

La base es --db RUTA o, en su defecto, $IAMM_DB o la predeterminada de su carpeta de datos:
</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ConsensusFormatter</name>
    <message numerus="yes">
        <source>Assessment %1: %n participant(s) from %2</source>
        <translation>
            <numerusform>Evaluación %1: %n participante de %2</numerusform>
            <numerusform>Evaluación %1: %n participantes de %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agency(ies)</source>
        <translation>
            <numerusform>%n organismo</numerusform>
            <numerusform>%n organismos</numerusform>
        </translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Recuentos</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Rango</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Acordado</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>Discrepancia</translation>
    </message>
    <message>
        <source>Counts are of levels %1 upwards; ! marks a divergent item (range of 2 or more, or levels and N/A both given).
</source>
        <translation>Los recuentos son de los niveles %1 en adelante; ! marca un elemento divergente (rango de 2 o más, o niveles y N/A a la vez).
</translation>
    </message>
</context>
<context>
    <name>Contribution</name>
    <message>
        <source>Participant %1</source>
        <translation>Participante %1</translation>
    </message>
</context>
<context>
    <name>ContributionCsv</name>
    <message>
        <source>%1: the file is empty (expected the header row %2)</source>
        <translation>%1: el archivo está vacío (se esperaba la fila de encabezado %2)</translation>
    </message>
    <message>
        <source>%1: line %2: the column &quot;%3&quot; is missing (expected the header row %4)</source>
        <translation>%1: línea %2: falta la columna «%3» (se esperaba la fila de encabezado %4)</translation>
    </message>
    <message>
        <source>%1: line %2: unexpected column &quot;%3&quot; (expected the header row %4)</source>
        <translation>%1: línea %2: columna inesperada «%3» (se esperaba la fila de encabezado %4)</translation>
    </message>
    <message>
        <source>%1: line %2: the columns are not in order or a column is repeated (expected the header row %3)</source>
        <translation>%1: línea %2: las columnas no están en orden o hay una columna repetida (se esperaba la fila de encabezado %3)</translation>
    </message>
    <message numerus="yes">
        <source>%1: line %2: %Ln field(s) where the header has %3</source>
        <translation>
            <numerusform>%1: línea %2: %Ln campo donde el encabezado tiene %3</numerusform>
            <numerusform>%1: línea %2: %Ln campos donde el encabezado tiene %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: line %2: the participant is empty (every row needs a participant name)</source>
        <translation>%1: línea %2: el participante está vacío (cada fila necesita el nombre de un participante)</translation>
    </message>
    <message>
        <source>%1: line %2: the participant is empty but the agency is &quot;%3&quot; (every row needs a participant name)</source>
        <translation>%1: línea %2: el participante está vacío pero el organismo es «%3» (cada fila necesita el nombre de un participante)</translation>
    </message>
    <message>
        <source>%1: line %2: unknown item &quot;%3&quot; (not in framework %4)</source>
        <translation>%1: línea %2: elemento desconocido «%3» (no está en el marco %4)</translation>
    </message>
    <message>
        <source>%1: line %2: participant &quot;%3&quot; already has a row for item %4 on line %5</source>
        <translation>%1: línea %2: el participante «%3» ya tiene una fila para el elemento %4 en la línea %5</translation>
    </message>
    <message>
        <source>%1: line %2: the comment has %3 characters; at most %4 are allowed</source>
        <translation>%1: línea %2: el comentario tiene %3 caracteres; se admiten como máximo %4</translation>
    </message>
    <message>
        <source>%1: line %2: framework %3 does not allow &quot;not applicable&quot;</source>
        <translation>%1: línea %2: el marco %3 no admite «no aplicable»</translation>
    </message>
    <message>
        <source>%1: line %2: score &quot;%3&quot; is not a level %4–%5, NA or empty</source>
        <translation>%1: línea %2: la puntuación «%3» no es un nivel de %4 a %5, NA ni vacía</translation>
    </message>
    <message>
        <source>%1: line %2: score %3 is off the scale (expected a level %4–%5, NA or empty)</source>
        <translation>%1: línea %2: la puntuación %3 está fuera de la escala (se esperaba un nivel de %4 a %5, NA o vacía)</translation>
    </message>
    <message>
        <source>%1: line %2: the participant&apos;s name has %3 characters; at most %4 are allowed</source>
        <translation>%1: línea %2: el nombre del participante tiene %3 caracteres; se admiten como máximo %4</translation>
    </message>
    <message>
        <source>%1: line %2: the agency has %3 characters; at most %4 are allowed</source>
        <translation>%1: línea %2: el nombre del organismo tiene %3 caracteres; se admiten como máximo %4</translation>
    </message>
    <message>
        <source>%1: line %2: participant &quot;%3&quot; has agency &quot;%4&quot; here but &quot;%5&quot; on line %6</source>
        <translation>%1: línea %2: el participante «%3» tiene aquí el organismo «%4», pero «%5» en la línea %6</translation>
    </message>
</context>
<context>
    <name>ContributionImport</name>
    <message>
        <source>%1: unknown kind of file: expected a spreadsheet of votes (.csv) or an assessment exchange file (.json)</source>
        <translation>%1: tipo de archivo desconocido: se esperaba una hoja de votos (.csv) o un archivo de intercambio de evaluación (.json)</translation>
    </message>
    <message>
        <source>%1: a spreadsheet of votes names its participants and agencies in its own columns; a participant or agency is given only with an exchange (.json) file</source>
        <translation>%1: una hoja de votos indica sus participantes y organismos en sus propias columnas; un participante u organismo solo se indica con un archivo de intercambio (.json)</translation>
    </message>
    <message>
        <source>%1: $.framework.id: the file is an assessment on framework %2, but the assessment it would contribute to is on framework %3</source>
        <translation>%1: $.framework.id: el archivo es una evaluación sobre el marco %2, pero la evaluación a la que contribuiría es sobre el marco %3</translation>
    </message>
</context>
<context>
    <name>ContributionJson</name>
    <message>
        <source>%1 contributions; at most %2 per assessment are allowed</source>
        <translation>%1 contribuciones; se admiten como máximo %2 por evaluación</translation>
    </message>
    <message>
        <source>participant %1 has an earlier contribution</source>
        <translation>el participante %1 tiene una contribución anterior</translation>
    </message>
    <message>
        <source>%1 is not a date and time like 2024-05-01T09:30:00Z</source>
        <translation>%1 no es una fecha y hora como 2024-05-01T09:30:00Z</translation>
    </message>
    <message>
        <source>item %1 already has a view in this contribution</source>
        <translation>el elemento %1 ya tiene una opinión en esta contribución</translation>
    </message>
    <message>
        <source>unknown item %1 (not in framework %2)</source>
        <translation>elemento desconocido %1 (no está en el marco %2)</translation>
    </message>
    <message>
        <source>%1 is off the scale %2–%3</source>
        <translation>%1 está fuera de la escala %2–%3</translation>
    </message>
    <message>
        <source>true together with a score: a view is either a level or not applicable</source>
        <translation>true junto con una puntuación: una opinión es un nivel o no aplicable</translation>
    </message>
    <message>
        <source>framework %1 does not allow &quot;not applicable&quot;</source>
        <translation>el marco %1 no admite «no aplicable»</translation>
    </message>
</context>
<context>
    <name>ContributionRecords</name>
    <message>
        <source>assessment %1 has no contribution from %2</source>
        <translation>la evaluación %1 no tiene ninguna contribución de %2</translation>
    </message>
    <message>
        <source>participant %1 appears twice</source>
        <translation>el participante %1 aparece dos veces</translation>
    </message>
    <message>
        <source>%1 has two views on item %2</source>
        <translation>%1 tiene dos opiniones sobre el elemento %2</translation>
    </message>
    <message>
        <source>score %1 is off the scale %2–%3</source>
        <translation>la puntuación %1 está fuera de la escala %2–%3</translation>
    </message>
    <message>
        <source>framework %1 does not allow &quot;not applicable&quot;</source>
        <translation>el marco %1 no admite «no aplicable»</translation>
    </message>
    <message>
        <source>an item is either scored or not applicable, not both</source>
        <translation>un elemento se puntúa o es no aplicable, no ambas cosas</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1: line %2: a quote inside an unquoted field (quote the whole field and double the quotes inside it)</source>
        <translation>%1: línea %2: hay comillas dentro de un campo sin comillas (ponga todo el campo entre comillas y duplique las comillas que contiene)</translation>
    </message>
    <message>
        <source>%1: line %2: a quoted field opened on this line is not closed</source>
        <translation>%1: línea %2: un campo entre comillas abierto en esta línea no está cerrado</translation>
    </message>
    <message>
        <source>%1: line %2: text after the closing quote of a field</source>
        <translation>%1: línea %2: hay texto después de las comillas de cierre de un campo</translation>
    </message>
    <message>
        <source>%1: line %2: the text is not valid UTF-8 (save the file as UTF-8)</source>
        <translation>%1: línea %2: el texto no es UTF-8 válido (guarde el archivo en UTF-8)</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>%1: a server database is backed up by its administrator (pg_dump); `iamm copy --from %1 --to FILE` copies its assessments into a file</source>
        <translation>%1: de la copia de seguridad de una base de datos en un servidor se encarga su administrador (pg_dump); `iamm copy --from %1 --to FILE` copia sus evaluaciones en un archivo</translation>
    </message>
    <message>
        <source>%1: cannot move it to %2</source>
        <translation>%1: no se puede mover a %2</translation>
    </message>
    <message>
        <source>%1: already exists; choose another backup file</source>
        <translation>%1: ya existe; elija otro archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>%1: backup failed: %2</source>
        <translation>%1: falló la copia de seguridad: %2</translation>
    </message>
    <message>
        <source>%1: backup failed: cannot rename %2 to it</source>
        <translation>%1: falló la copia de seguridad: no se puede cambiar el nombre de %2 a este</translation>
    </message>
    <message>
        <source>%1: cannot create the backups folder</source>
        <translation>%1: no se puede crear la carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>%1: the database is damaged (%2)</source>
        <translation>%1: la base de datos está dañada (%2)</translation>
    </message>
    <message>
        <source>%1: not an IAMM database (no schema version)</source>
        <translation>%1: no es una base de datos de IAMM (sin versión de esquema)</translation>
    </message>
    <message>
        <source>%1: schema version %2 is newer than this program knows (%3)</source>
        <translation>%1: la versión de esquema %2 es más reciente que las que conoce este programa (%3)</translation>
    </message>
    <message>
        <source>the server&apos;s administrator restores it from the server&apos;s backup</source>
        <translation>el administrador del servidor la restaura a partir de la copia de seguridad del servidor</translation>
    </message>
    <message>
        <source>no backup to restore from in %1</source>
        <translation>no hay ninguna copia de seguridad que restaurar en %1</translation>
    </message>
    <message>
        <source>restore from %1</source>
        <translation>restaure a partir de %1</translation>
    </message>
    <message>
        <source>%1: %2; `iamm copy --from %3 --to %1` copies assessments back</source>
        <translation>%1: %2; `iamm copy --from %3 --to %1` vuelve a copiar las evaluaciones</translation>
    </message>
    <message>
        <source>%1: no such backup file</source>
        <translation>%1: no existe ese archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>%1: not restored, the backup is unusable: %2</source>
        <translation>%1: no restaurada, la copia de seguridad no se puede usar: %2</translation>
    </message>
    <message>
        <source>%1: not restored, cannot copy the backup to %2</source>
        <translation>%1: no restaurada, no se puede copiar la copia de seguridad a %2</translation>
    </message>
    <message>
        <source>%1: cannot move the restored copy %2 into place</source>
        <translation>%1: no se puede poner en su lugar la copia restaurada %2</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>%1: no assessment with id &quot;%2&quot;; nothing was copied</source>
        <translation>%1: no hay ninguna evaluación con el identificador «%2»; no se copió nada</translation>
    </message>
    <message>
        <source>%1: the database is read-only (%2); nothing was copied</source>
        <translation>%1: la base de datos es de solo lectura (%2); no se copió nada</translation>
    </message>
    <message>
        <source>%1: the database is damaged (%2): run `iamm check`; nothing was copied</source>
        <translation>%1: la base de datos está dañada (%2): ejecute `iamm check`; no se copió nada</translation>
    </message>
    <message>
        <source>%1: peer group %2 read back differs from the source; nothing was copied</source>
        <translation>%1: el grupo de pares %2 releído difiere del origen; no se copió nada</translation>
    </message>
    <message>
        <source>%1: assessment %2 read back differs from the source (SHA-256 %3, expected %4); nothing was copied</source>
        <translation>%1: la evaluación %2 releída difiere del origen (SHA-256 %3, se esperaba %4); no se copió nada</translation>
    </message>
</context>
<context>
    <name>DatabaseFile</name>
    <message>
        <source>the folder %1 is not writable</source>
        <translation>la carpeta %1 no admite escritura</translation>
    </message>
    <message>
        <source>the file is not writable</source>
        <translation>el archivo no admite escritura</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 es una carpeta, no un archivo de base de datos</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a SQLite database</source>
        <translation>%1 es un archivo vacío, no una base de datos SQLite</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database (%2 bytes, shorter than a SQLite header; cut short?)</source>
        <translation>%1 no es una base de datos SQLite (%2 bytes, menos que una cabecera SQLite; ¿está truncado?)</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database (its header is not &quot;SQLite format 3&quot;)</source>
        <translation>%1 no es una base de datos SQLite (su cabecera no es «SQLite format 3»)</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>%1: %2; expected postgresql://USER@HOST[:PORT]/DBNAME</source>
        <translation>%1: %2; se esperaba postgresql://USER@HOST[:PORT]/DBNAME</translation>
    </message>
    <message>
        <source>%1: a password does not belong in the database address, where others can read it; put it in ~/.pgpass or the file PGPASSFILE names</source>
        <translation>%1: una contraseña no debe figurar en la dirección de la base de datos, donde otros pueden leerla; póngala en ~/.pgpass o en el archivo que indique PGPASSFILE</translation>
    </message>
    <message>
        <source>no user name</source>
        <translation>falta el nombre de usuario</translation>
    </message>
    <message>
        <source>no database name</source>
        <translation>falta el nombre de la base de datos</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot; (known: %2)</source>
        <translation>opción desconocida «%1» (conocidas: %2)</translation>
    </message>
</context>
<context>
    <name>DatabaseProblemPage</name>
    <message>
        <source>The database cannot be used</source>
        <translation>No se puede usar la base de datos</translation>
    </message>
    <message>
        <source>Nothing was changed in the file. Backups are kept in %1.</source>
        <translation>No se modificó nada en el archivo. Las copias de seguridad se guardan en %1.</translation>
    </message>
    <message>
        <source>The newest good backup is %1. Restoring it replaces the database; the replaced file is kept beside it.</source>
        <translation>La copia de seguridad válida más reciente es %1. Restaurarla reemplaza la base de datos; el archivo reemplazado se conserva a su lado.</translation>
    </message>
    <message>
        <source>There is no good backup yet. Choose a backup file or copy of the database to restore, or run “iamm check” to see every problem.</source>
        <translation>Aún no hay ninguna copia de seguridad válida. Elija un archivo de copia o una copia de la base de datos para restaurar, o ejecute «iamm check» para ver todos los problemas.</translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation>Restaurar la copia más reciente</translation>
    </message>
    <message>
        <source>Restore the database from %1</source>
        <translation>Restaurar la base de datos desde %1</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>Restaurar desde un archivo…</translation>
    </message>
    <message>
        <source>Choose a backup file to restore the database from</source>
        <translation>Elegir el archivo de copia desde el que restaurar la base de datos</translation>
    </message>
    <message>
        <source>Restore the database from a backup</source>
        <translation>Restaurar la base de datos desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Databases (*.sqlite)</source>
        <translation>Bases de datos (*.sqlite)</translation>
    </message>
    <message>
        <source>Nothing was changed in the database. Check the address, the password and the network, or open another database.</source>
        <translation>No se modificó nada en la base de datos. Compruebe la dirección, la contraseña y la red, o abra otra base de datos.</translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation>Abrir otra base de datos…</translation>
    </message>
    <message>
        <source>Open another database file or a shared database on a server</source>
        <translation>Abrir otro archivo de base de datos o una base de datos compartida en un servidor</translation>
    </message>
</context>
<context>
    <name>DemoOfferPane</name>
    <message>
        <source>This database has no assessments yet</source>
        <translation>Esta base de datos aún no tiene evaluaciones</translation>
    </message>
    <message>
        <source>To see how a workshop runs, load the demo: six fictitious states (Aurelia and its neighbours, codes XAA–XAF) with invented ratings, evidence and actions. Every name and score in it is made up. You can delete the demo assessments at any time.</source>
        <translation>Para ver cómo se desarrolla un taller, cargue la demostración: seis Estados ficticios (Aurelia y sus vecinos, códigos XAA–XAF) con niveles, evidencias y acciones inventados. Todos los nombres y puntuaciones son ficticios. Puede eliminar las evaluaciones de demostración en cualquier momento.</translation>
    </message>
    <message>
        <source>Load the demo workshop</source>
        <translation>Cargar el taller de demostración</translation>
    </message>
    <message>
        <source>Load the fictitious demo workshop</source>
        <translation>Cargar el taller de demostración ficticio</translation>
    </message>
    <message>
        <source>Create the first assessment…</source>
        <translation>Crear la primera evaluación…</translation>
    </message>
    <message>
        <source>Create the first assessment</source>
        <translation>Crear la primera evaluación</translation>
    </message>
</context>
<context>
    <name>DemoWorkshop</name>
    <message>
        <source>%1: the demo workshop is already in this database</source>
        <translation>%1: el taller de demostración ya está en esta base de datos</translation>
    </message>
</context>
<context>
    <name>DissentNote</name>
    <message>
        <source>Dissent note</source>
        <translation>Opinión discrepante</translation>
    </message>
    <message>
        <source>Dissent note: what the disagreement was</source>
        <translation>Opinión discrepante: en qué consistió el desacuerdo</translation>
    </message>
    <message>
        <source>The agreed level departs from the room&apos;s views: note what the disagreement was, for example: labour and interior read level 3 as requiring a written strategy.</source>
        <translation>El nivel acordado se aparta de las opiniones de la sala: anote en qué consistió el desacuerdo, por ejemplo: trabajo e interior entienden que el nivel 3 exige una estrategia escrita.</translation>
    </message>
</context>
<context>
    <name>EditConflictNotice</name>
    <message>
        <source>Your text, not saved:</source>
        <translation>Su texto, no guardado:</translation>
    </message>
    <message>
        <source>Your text, not saved</source>
        <translation>Su texto, no guardado</translation>
    </message>
    <message>
        <source>Use my text</source>
        <translation>Usar mi texto</translation>
    </message>
    <message>
        <source>Keep the newer text</source>
        <translation>Conservar el texto más reciente</translation>
    </message>
</context>
<context>
    <name>EditHistory</name>
    <message>
        <source>assessment %1: there is no change to undo</source>
        <translation>evaluación %1: no hay ningún cambio que deshacer</translation>
    </message>
    <message>
        <source>assessment %1: there is no undone change to redo</source>
        <translation>evaluación %1: no hay ningún cambio deshecho que rehacer</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss the error message</source>
        <translation>Descartar el mensaje de error</translation>
    </message>
</context>
<context>
    <name>EvidenceDelegate</name>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Confidential · added %1</source>
        <translation>Confidencial · añadido el %1</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>Añadido el %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
</context>
<context>
    <name>EvidenceRecords</name>
    <message>
        <source>an evidence note needs a text</source>
        <translation>una nota de evidencia necesita un texto</translation>
    </message>
    <message>
        <source>%1 is not a complete link (expected e.g. https://example.org/page)</source>
        <translation>%1 no es un enlace completo (se esperaba, por ejemplo, https://example.org/page)</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no existe ese archivo</translation>
    </message>
    <message>
        <source>%1: the file is %2 MiB; evidence files are limited to %3 MiB</source>
        <translation>%1: el archivo ocupa %2 MiB; los archivos de evidencia están limitados a %3 MiB</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1: no evidence with id %2</source>
        <translation>%1: no hay ninguna evidencia con el identificador %2</translation>
    </message>
</context>
<context>
    <name>EvidenceSection</name>
    <message>
        <source>Evidence (%1)</source>
        <translation>Evidencias (%1)</translation>
    </message>
    <message>
        <source>No evidence recorded for this item yet.</source>
        <translation>Aún no hay evidencias registradas para este elemento.</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Añadir nota…</translation>
    </message>
    <message>
        <source>Add a note as evidence</source>
        <translation>Añadir una nota como evidencia</translation>
    </message>
    <message>
        <source>Add link…</source>
        <translation>Añadir enlace…</translation>
    </message>
    <message>
        <source>Add a link as evidence</source>
        <translation>Añadir un enlace como evidencia</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Añadir archivo…</translation>
    </message>
    <message>
        <source>Add a file as evidence</source>
        <translation>Añadir un archivo como evidencia</translation>
    </message>
    <message>
        <source>Choose a file to add as evidence</source>
        <translation>Elegir un archivo para añadir como evidencia</translation>
    </message>
    <message>
        <source>Remove the evidence “%1” from this item?</source>
        <translation>¿Quitar la evidencia «%1» de este elemento?</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Quitar la evidencia</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>ExchangeReader</name>
    <message>
        <source>%1 actions; at most %2 per assessment are allowed</source>
        <translation>%1 acciones; se admiten como máximo %2 por evaluación</translation>
    </message>
    <message>
        <source>%1 is not an assessment exchange file (expected &quot;iamm-assessment&quot;)</source>
        <translation>%1 no es un archivo de intercambio de evaluación (se esperaba &quot;iamm-assessment&quot;)</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>falta un campo obligatorio</translation>
    </message>
    <message>
        <source>format version %1 is not supported (this program reads version 1)</source>
        <translation>la versión de formato %1 no es compatible (este programa lee la versión 1)</translation>
    </message>
    <message>
        <source>unknown framework %1 (installed: %2)</source>
        <translation>marco desconocido %1 (instalados: %2)</translation>
    </message>
    <message>
        <source>the file uses %1 version %2 but the installed %1 is version %3</source>
        <translation>el archivo usa %1 versión %2, pero el %1 instalado es la versión %3</translation>
    </message>
    <message>
        <source>%1 is not a SHA-256 in lowercase hex</source>
        <translation>%1 no es un SHA-256 en hexadecimal en minúsculas</translation>
    </message>
    <message>
        <source>%1 is not an ISO 3166 alpha-3 state code</source>
        <translation>%1 no es un código de Estado ISO 3166 alfa-3</translation>
    </message>
    <message>
        <source>%1 is not a UUID (lowercase, without braces)</source>
        <translation>%1 no es un UUID (en minúsculas, sin llaves)</translation>
    </message>
    <message>
        <source>%1 is not the UUID of another assessment</source>
        <translation>%1 no es el UUID de otra evaluación</translation>
    </message>
    <message>
        <source>%1 team members; at most %2 are allowed</source>
        <translation>%1 miembros del equipo; se admiten como máximo %2</translation>
    </message>
    <message>
        <source>item %1 already has a response at %2</source>
        <translation>el elemento %1 ya tiene una respuesta en %2</translation>
    </message>
    <message>
        <source>more than %1 evidence entries; at most %1 per assessment are allowed</source>
        <translation>más de %1 evidencias; se admiten como máximo %1 por evaluación</translation>
    </message>
    <message>
        <source>framework %1 does not allow &quot;not applicable&quot;</source>
        <translation>el marco %1 no admite &quot;not applicable&quot;</translation>
    </message>
    <message>
        <source>true together with score %1: an item is either rated or not applicable</source>
        <translation>true junto con la puntuación %1: un elemento se califica o no es aplicable</translation>
    </message>
    <message>
        <source>%1 is not an integer on the scale %2–%3</source>
        <translation>%1 no es un entero de la escala %2–%3</translation>
    </message>
    <message>
        <source>%1 is off the scale %2–%3</source>
        <translation>%1 está fuera de la escala %2–%3</translation>
    </message>
    <message>
        <source>%1 is not a complete link (expected e.g. https://example.org/page)</source>
        <translation>%1 no es un enlace completo (se esperaba, p. ej., https://example.org/page)</translation>
    </message>
    <message>
        <source>evidence of kind %1 has no &quot;%2&quot;</source>
        <translation>una evidencia de tipo %1 no tiene &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 is not a date and time like 2024-05-01T09:30:00Z</source>
        <translation>%1 no es una fecha y hora como 2024-05-01T09:30:00Z</translation>
    </message>
    <message>
        <source>%1 is not a plain file name</source>
        <translation>%1 no es un simple nombre de archivo</translation>
    </message>
    <message>
        <source>expected a byte count, found %1</source>
        <translation>se esperaba un número de bytes, se encontró %1</translation>
    </message>
    <message>
        <source>%1 bytes is oversized: an evidence file may have at most %2 bytes</source>
        <translation>%1 bytes es demasiado: un archivo de evidencia puede tener como máximo %2 bytes</translation>
    </message>
    <message>
        <source>the content is not valid base64</source>
        <translation>el contenido no es base64 válido</translation>
    </message>
    <message>
        <source>%1 bytes of content is oversized: an evidence file may have at most %2 bytes</source>
        <translation>%1 bytes de contenido es demasiado: un archivo de evidencia puede tener como máximo %2 bytes</translation>
    </message>
    <message>
        <source>wrong size: %1 declared but the content has %2 bytes</source>
        <translation>tamaño incorrecto: se declaró %1, pero el contenido tiene %2 bytes</translation>
    </message>
    <message>
        <source>wrong hash: %1 declared but the content hashes to %2</source>
        <translation>hash incorrecto: se declaró %1, pero el contenido da %2</translation>
    </message>
    <message>
        <source>unknown checklist entry %1 (not in framework %2)</source>
        <translation>entrada de lista de control desconocida %1 (no está en el marco %2)</translation>
    </message>
    <message>
        <source>checklist entry %1 belongs to item %2, not %3</source>
        <translation>la entrada de lista de control %1 pertenece al elemento %2, no a %3</translation>
    </message>
    <message>
        <source>checklist entry %1 is already at %2</source>
        <translation>la entrada de lista de control %1 ya figura en %2</translation>
    </message>
    <message>
        <source>required field is missing (null for no date)</source>
        <translation>falta un campo obligatorio (null si no hay fecha)</translation>
    </message>
    <message>
        <source>unknown item %1 (not in framework %2)</source>
        <translation>elemento desconocido %1 (no está en el marco %2)</translation>
    </message>
    <message>
        <source>%1 is not a calendar date in the form YYYY-MM-DD</source>
        <translation>%1 no es una fecha de calendario con el formato AAAA-MM-DD</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 no es uno de los valores %2</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>%1 has %2 characters; at most %3 are allowed</source>
        <translation>%1 tiene %2 caracteres; se admiten como máximo %3</translation>
    </message>
    <message>
        <source>the file&apos;s %1 %2 has hash %3 but the installed one has %4: the two frameworks differ</source>
        <translation>el marco %1 %2 del archivo tiene el hash %3, pero el instalado tiene %4: los dos marcos difieren</translation>
    </message>
</context>
<context>
    <name>FacilitationJson</name>
    <message>
        <source>%1 entries; at most %2 are allowed</source>
        <translation>%1 entradas; se admiten como máximo %2</translation>
    </message>
    <message>
        <source>item %1 already has a facilitator note</source>
        <translation>el elemento %1 ya tiene una nota del facilitador</translation>
    </message>
    <message>
        <source>a question that is not done has no time when it was done</source>
        <translation>una pregunta no resuelta no tiene hora de resolución</translation>
    </message>
    <message>
        <source>unknown item %1 (not in framework %2)</source>
        <translation>elemento desconocido %1 (no está en el marco %2)</translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation>el texto está vacío</translation>
    </message>
    <message>
        <source>%1 is not a date and time like 2024-05-01T09:30:00Z</source>
        <translation>%1 no es una fecha y hora como 2024-05-01T09:30:00Z</translation>
    </message>
</context>
<context>
    <name>FacilitationRecords</name>
    <message>
        <source>a parked question on item %1 needs a text</source>
        <translation>una cuestión pendiente sobre el elemento %1 necesita un texto</translation>
    </message>
    <message>
        <source>assessment %1 has no parked question %2</source>
        <translation>la evaluación %1 no tiene la cuestión pendiente %2</translation>
    </message>
    <message>
        <source>agenda session %1: %2</source>
        <translation>sesión %1 del orden del día: %2</translation>
    </message>
</context>
<context>
    <name>FacilitatorSection</name>
    <message>
        <source>Facilitator&apos;s notes and parking lot</source>
        <translation>Notas del facilitador y cuestiones pendientes</translation>
    </message>
    <message>
        <source>Facilitator (private)</source>
        <translation>Facilitador (privado)</translation>
    </message>
    <message>
        <source>Open questions in the parking lot: %1, on this item: %2</source>
        <translation>Cuestiones pendientes: %1, sobre este elemento: %2</translation>
    </message>
    <message>
        <source>Open questions in the parking lot: %1, on this item: %2 · this item has a note</source>
        <translation>Cuestiones pendientes: %1, sobre este elemento: %2 · este elemento tiene una nota</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Hide the facilitator&apos;s notes</source>
        <translation>Ocultar las notas del facilitador</translation>
    </message>
    <message>
        <source>Show the facilitator&apos;s notes</source>
        <translation>Mostrar las notas del facilitador</translation>
    </message>
    <message>
        <source>Private note on this item: who to ask, what to check, what was said off the record</source>
        <translation>Nota privada sobre este elemento: a quién consultar, qué verificar, qué se dijo extraoficialmente</translation>
    </message>
    <message>
        <source>Facilitator&apos;s private note on this item</source>
        <translation>Nota privada del facilitador sobre este elemento</translation>
    </message>
    <message>
        <source>A question to come back to</source>
        <translation>Una cuestión para retomar más tarde</translation>
    </message>
    <message>
        <source>Question to park on this item</source>
        <translation>Cuestión que dejar pendiente sobre este elemento</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Dejar pendiente</translation>
    </message>
    <message>
        <source>Park the question on this item</source>
        <translation>Dejar la cuestión pendiente sobre este elemento</translation>
    </message>
    <message>
        <source>Parking lot (%1 open)…</source>
        <translation>Pendientes (%1)…</translation>
    </message>
    <message>
        <source>Agenda…</source>
        <translation>Orden del día…</translation>
    </message>
    <message>
        <source>Plan the agenda: sessions of items, each with a time box</source>
        <translation>Planificar el orden del día: sesiones de elementos, cada una con su tiempo asignado</translation>
    </message>
    <message numerus="yes">
        <source>Open the parking lot: %n open question(s)</source>
        <translation>
            <numerusform>Abrir las cuestiones pendientes: %n cuestión abierta</numerusform>
            <numerusform>Abrir las cuestiones pendientes: %n cuestiones abiertas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindItemDialog</name>
    <message>
        <source>Find an item</source>
        <translation>Buscar un elemento</translation>
    </message>
    <message>
        <source>Words from the item&apos;s text, or its id such as EP-07</source>
        <translation>Palabras del texto del elemento, o su código, p. ej. EP-07</translation>
    </message>
    <message>
        <source>Find an item by its text or id</source>
        <translation>Buscar un elemento por su texto o código</translation>
    </message>
    <message>
        <source>No item contains “%1”.</source>
        <translation>Ningún elemento contiene «%1».</translation>
    </message>
    <message>
        <source>Matching items</source>
        <translation>Elementos coincidentes</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>FrameworkLoader</name>
    <message>
        <source>must be &quot;iamm-framework&quot;</source>
        <translation>debe ser &quot;iamm-framework&quot;</translation>
    </message>
    <message>
        <source>unsupported version (this program reads 1)</source>
        <translation>versión no admitida (este programa lee la 1)</translation>
    </message>
    <message>
        <source>a framework needs at least one section</source>
        <translation>un marco necesita al menos una sección</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>%1 does not match %2</source>
        <translation>%1 no coincide con %2</translation>
    </message>
    <message>
        <source>must be greater than min</source>
        <translation>debe ser mayor que min</translation>
    </message>
    <message>
        <source>a scale has at most %1 levels</source>
        <translation>una escala tiene como máximo %1 niveles</translation>
    </message>
    <message>
        <source>%1 is outside %2–%3</source>
        <translation>%1 está fuera de %2–%3</translation>
    </message>
    <message>
        <source>expected %1: levels run from min to max in order</source>
        <translation>se esperaba %1: los niveles van de min a max en orden</translation>
    </message>
    <message>
        <source>expected %1 levels (min %2 to max %3), found %4</source>
        <translation>se esperaban %1 niveles (de min %2 a max %3), se encontraron %4</translation>
    </message>
    <message>
        <source>a section needs at least one item</source>
        <translation>una sección necesita al menos un elemento</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must start with its section id &quot;%2-&quot;</source>
        <translation>«%1» debe empezar por el identificador de su sección «%2-»</translation>
    </message>
    <message>
        <source>guidance must be marked &quot;product&quot;</source>
        <translation>guidance debe marcarse como &quot;product&quot;</translation>
    </message>
    <message>
        <source>duplicate id %1</source>
        <translation>identificador %1 duplicado</translation>
    </message>
</context>
<context>
    <name>FrameworkRegistry</name>
    <message>
        <source>%1: $.id: framework %2 is already provided by %3; this file is ignored</source>
        <translation>%1: $.id: el marco %2 ya lo proporciona %3; se ignora este archivo</translation>
    </message>
    <message>
        <source>%1: cannot load: %2</source>
        <translation>%1: no se puede cargar: %2</translation>
    </message>
    <message>
        <source>%1: $.framework: no framework %2 is available</source>
        <translation>%1: $.framework: no hay ningún marco %2 disponible</translation>
    </message>
    <message>
        <source>unknown framework %1 (available: %2)</source>
        <translation>marco desconocido %1 (disponibles: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%1: $.language: the %2 translation of %3 is already provided by %4; this file is ignored</source>
        <translation>%1: $.language: la traducción %2 de %3 ya la proporciona %4; se ignora este archivo</translation>
    </message>
</context>
<context>
    <name>FrameworkTranslationLoader</name>
    <message>
        <source>%1 does not match %2</source>
        <translation>%1 no coincide con %2</translation>
    </message>
    <message>
        <source>%1 is not &quot;working-translation&quot; or &quot;official&quot;</source>
        <translation>%1 no es &quot;working-translation&quot; ni &quot;official&quot;</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>debe ser una cadena</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>a translation needs at least one text</source>
        <translation>una traducción necesita al menos un texto</translation>
    </message>
    <message>
        <source>must be &quot;iamm-framework-translation&quot;</source>
        <translation>debe ser &quot;iamm-framework-translation&quot;</translation>
    </message>
    <message>
        <source>unsupported version (this program reads 1)</source>
        <translation>versión no admitida (este programa lee la 1)</translation>
    </message>
    <message>
        <source>English is the framework&apos;s own language</source>
        <translation>el inglés es el idioma propio del marco</translation>
    </message>
    <message>
        <source>an official translation must name its source</source>
        <translation>una traducción oficial debe indicar su fuente</translation>
    </message>
    <message>
        <source>%1 is not the framework %2 of %3</source>
        <translation>%1 no es el marco %2 de %3</translation>
    </message>
    <message>
        <source>refers to no text of framework %1</source>
        <translation>no remite a ningún texto del marco %1</translation>
    </message>
</context>
<context>
    <name>GapAnalysis</name>
    <message>
        <source>%1: no assessment for %2</source>
        <translation>%1: no hay ninguna evaluación para %2</translation>
    </message>
    <message>
        <source>the minimum number of peers must be at least 1 (got %1)</source>
        <translation>el número mínimo de pares debe ser al menos 1 (se recibió %1)</translation>
    </message>
    <message>
        <source>assessment %1 belongs to %2, not %3</source>
        <translation>la evaluación %1 pertenece a %2, no a %3</translation>
    </message>
</context>
<context>
    <name>GapFormatter</name>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>Gap report for %1
</source>
        <translation>Informe de brechas de %1
</translation>
    </message>
    <message>
        <source>Peer group: %1 (%2)
</source>
        <translation>Grupo de pares: %1 (%2)
</translation>
    </message>
    <message>
        <source>Peer group: %1
</source>
        <translation>Grupo de pares: %1
</translation>
    </message>
    <message>
        <source>%1 is not a member of %2: it is compared with all the group&apos;s members
</source>
        <translation>%1 no es miembro de %2: se compara con todos los miembros del grupo
</translation>
    </message>
    <message>
        <source>Assessment: %1, dated %2, status %3
</source>
        <translation>Evaluación: %1, con fecha %2, estado %3
</translation>
    </message>
    <message>
        <source>*** DRAFT: this assessment is not final; its figures may still change ***
</source>
        <translation>*** BORRADOR: esta evaluación no es definitiva; sus cifras aún pueden cambiar ***
</translation>
    </message>
    <message>
        <source>Peers used (0): none
</source>
        <translation>Pares utilizados (0): ninguno
</translation>
    </message>
    <message>
        <source>Peers used (%1): %2
</source>
        <translation>Pares utilizados (%1): %2
</translation>
    </message>
    <message>
        <source>Missing peers: none
</source>
        <translation>Pares que faltan: ninguno
</translation>
    </message>
    <message>
        <source>Missing peers: %1
</source>
        <translation>Pares que faltan: %1
</translation>
    </message>
    <message>
        <source>Minimum peers: %1 (peer figures are blank where fewer peers have a score)
</source>
        <translation>Mínimo de pares: %1 (las cifras de los pares quedan en blanco cuando menos pares tienen puntuación)
</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Brecha</translation>
    </message>
    <message>
        <source>Peer median</source>
        <translation>Mediana pares</translation>
    </message>
    <message>
        <source>Peer n</source>
        <translation>n pares</translation>
    </message>
    <message>
        <source>Pct rank</source>
        <translation>Rango pct.</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Puntuación media</translation>
    </message>
</context>
<context>
    <name>GapHeatCell</name>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message numerus="yes">
        <source>%1: fewer than %n peer(s), no value</source>
        <translation>
            <numerusform>%1: menos de %n par, sin valor</numerusform>
            <numerusform>%1: menos de %n pares, sin valor</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, peer median %3</source>
        <translation>%1: %2, mediana de los pares %3</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>no aplicable</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin calificar</translation>
    </message>
    <message>
        <source>%1: level %2, peer median %3, gap %4, percentile rank %5</source>
        <translation>%1: nivel %2, mediana de los pares %3, brecha %4, rango percentil %5</translation>
    </message>
</context>
<context>
    <name>GapHeatMap</name>
    <message>
        <source>Heat map of the gaps to the peer median</source>
        <translation>Mapa de calor de las brechas respecto a la mediana de los pares</translation>
    </message>
    <message>
        <source>1.5 or more below</source>
        <translation>1,5 o más por debajo</translation>
    </message>
    <message>
        <source>0.5–1.5 below</source>
        <translation>0,5–1,5 por debajo</translation>
    </message>
    <message>
        <source>near the median</source>
        <translation>cerca de la mediana</translation>
    </message>
    <message>
        <source>0.5–1.5 above</source>
        <translation>0,5–1,5 por encima</translation>
    </message>
    <message>
        <source>1.5 or more above</source>
        <translation>1,5 o más por encima</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>not rated or N/A</source>
        <translation>sin calificar o N/A</translation>
    </message>
    <message numerus="yes">
        <source>fewer than %n peer(s): no value</source>
        <translation>
            <numerusform>menos de %n par: sin valor</numerusform>
            <numerusform>menos de %n pares: sin valor</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GapReportDocument</name>
    <message>
        <source>IAMM gap report – %1</source>
        <translation>Informe de brechas IAMM – %1</translation>
    </message>
    <message>
        <source>IAMM gap report · %1 · peer group %2 · %3</source>
        <translation>Informe de brechas IAMM · %1 · grupo de pares %2 · %3</translation>
    </message>
    <message>
        <source>IAMM gap report · %1 · assessment of %2</source>
        <translation>Informe de brechas IAMM · %1 · evaluación del %2</translation>
    </message>
    <message>
        <source>Contains self-assessment results of %1. Not for circulation without the agreement of the national team.</source>
        <translation>Contiene los resultados de la autoevaluación de %1. No difundir sin el acuerdo del equipo nacional.</translation>
    </message>
    <message>
        <source>IAMM gap report</source>
        <translation>Informe de brechas IAMM</translation>
    </message>
    <message>
        <source>Peer group: %1</source>
        <translation>Grupo de pares: %1</translation>
    </message>
    <message>
        <source>Assessment: %1</source>
        <translation>Evaluación: %1</translation>
    </message>
    <message>
        <source>Assessment date: %1</source>
        <translation>Fecha de la evaluación: %1</translation>
    </message>
    <message>
        <source>National team: %1</source>
        <translation>Equipo nacional: %1</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>BORRADOR</translation>
    </message>
    <message>
        <source>FINAL</source>
        <translation>DEFINITIVA</translation>
    </message>
    <message>
        <source>This report is based on a draft assessment: ratings may still change. Do not quote it as the state&apos;s agreed position.</source>
        <translation>Este informe se basa en una evaluación en borrador: los niveles aún pueden cambiar. No citarlo como la posición acordada del Estado.</translation>
    </message>
    <message>
        <source>This report is based on the final assessment agreed by the national team.</source>
        <translation>Este informe se basa en la evaluación definitiva acordada por el equipo nacional.</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidencial</translation>
    </message>
    <message>
        <source>Generated on %1 with iamm %2.</source>
        <translation>Generado el %1 con iamm %2.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>%1 rated %2 of the %3 IAMM items in “%4” (%5); %6 not applicable, %7 not assessed. Peers: the newest final assessment of %8 other members of %9.</source>
        <translation>%1 calificó %2 de los %3 elementos de la IAMM en «%4» (%5); %6 no aplicables, %7 sin evaluar. Pares: la evaluación definitiva más reciente de otros %8 miembros de %9.</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Target reference</source>
        <translation>Meta de referencia</translation>
    </message>
    <message>
        <source>Peer median</source>
        <translation>Mediana de los pares</translation>
    </message>
    <message>
        <source>Peers (n)</source>
        <translation>Pares (n)</translation>
    </message>
    <message>
        <source>Percentile rank</source>
        <translation>Rango percentil</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>sin evaluar</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Strongest items</source>
        <translation>Elementos más sólidos</translation>
    </message>
    <message>
        <source>No item has been rated yet.</source>
        <translation>Aún no se ha calificado ningún elemento.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Largest gaps to target</source>
        <translation>Mayores brechas respecto de la meta</translation>
    </message>
    <message>
        <source>No rated item is below its target.</source>
        <translation>Ningún elemento calificado está por debajo de su meta.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Brecha</translation>
    </message>
    <message>
        <source>Largest gaps below the peer median</source>
        <translation>Mayores brechas por debajo de la mediana de los pares</translation>
    </message>
    <message>
        <source>Not available: no item was rated by at least %1 peers.</source>
        <translation>No disponible: ningún elemento fue calificado por al menos %1 pares.</translation>
    </message>
    <message>
        <source>No rated item is below the peer median.</source>
        <translation>Ningún elemento calificado está por debajo de la mediana de los pares.</translation>
    </message>
    <message>
        <source>Below by</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Section standing</source>
        <translation>Posición por sección</translation>
    </message>
    <message>
        <source>Mean of the rated items per section, against the peers&apos; median of the same mean and the mean target. A peer median is shown only when at least %1 peers rated the section.</source>
        <translation>Media de los elementos calificados por sección, frente a la mediana de esa misma media entre los pares y a la meta media. La mediana de los pares solo se muestra cuando al menos %1 pares calificaron la sección.</translation>
    </message>
    <message>
        <source>Items against peers and target</source>
        <translation>Elementos frente a los pares y la meta</translation>
    </message>
    <message>
        <source>Each line is one item on the rating scale. Peer figures (range, middle half, median) are drawn only where at least %1 peers rated the item; otherwise only the state&apos;s rating and the target are shown.</source>
        <translation>Cada línea es un elemento en la escala de calificación. Las cifras de los pares (rango, mitad central, mediana) solo se trazan cuando al menos %1 pares calificaron el elemento; si no, solo se muestran el nivel del Estado y la meta.</translation>
    </message>
    <message>
        <source>Peer minimum–maximum</source>
        <translation>Mínimo–máximo de los pares</translation>
    </message>
    <message>
        <source>Peer quartiles (Q1–Q3)</source>
        <translation>Cuartiles de los pares (Q1–Q3)</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Todos los elementos</translation>
    </message>
    <message>
        <source>Score: the agreed level (N/A: not applicable). Gap: how far the score is below the target. Peer figures (median, n, percentile rank) need at least %1 peers rating the item; “–” means not available.</source>
        <translation>Puntuación: el nivel acordado (N/A: no aplicable). Brecha: cuánto queda la puntuación por debajo de la meta. Las cifras de los pares (mediana, n, rango percentil) requieren que al menos %1 pares hayan calificado el elemento; «–» significa no disponible.</translation>
    </message>
    <message>
        <source>Previous: the rating in the previous round (%1); Change: the score minus the previous one, or how the item moved into or out of N/A or assessment.</source>
        <translation>Anterior: el nivel de la ronda anterior (%1); Cambio: la puntuación menos la anterior, o cómo el elemento entró o salió de N/A o de la evaluación.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>fewer than %1 peers</source>
        <translation>menos de %1 pares</translation>
    </message>
    <message>
        <source>Percentile rank: the share of peers whose score is below the state&apos;s, counting a peer with the same score as half (100 × (below + ½ × equal) ÷ number of peers). 50 means the middle of the peers, 100 that every peer scores lower. Peer figures need at least %1 peers with a score.</source>
        <translation>Rango percentil: la proporción de pares cuya puntuación es inferior a la del Estado, contando como mitad un par con la misma puntuación (100 × (inferiores + ½ × iguales) ÷ número de pares). 50 es el centro de los pares; 100, que todos los pares puntúan menos. Las cifras de los pares requieren al menos %1 pares con puntuación.</translation>
    </message>
    <message>
        <source>%1 is not a member of %2: it is compared with the group&apos;s members, not with its own peers.</source>
        <translation>%1 no es miembro de %2: se compara con los miembros del grupo, no con sus propios pares.</translation>
    </message>
    <message numerus="yes">
        <source>Group id: %1 · %n member(s)</source>
        <translation>
            <numerusform>Identificador del grupo: %1 · %n miembro</numerusform>
            <numerusform>Identificador del grupo: %1 · %n miembros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GapReportWriter</name>
    <message>
        <source>Cannot write the report %1: %2</source>
        <translation>No se puede escribir el informe %1: %2</translation>
    </message>
</context>
<context>
    <name>GuidanceBox</name>
    <message>
        <source>Guiding questions</source>
        <translation>Preguntas orientadoras</translation>
    </message>
    <message>
        <source>Guidance from this product to help the discussion — not part of the official IAMM text.</source>
        <translation>Orientación de este programa para ayudar al debate; no forma parte del texto oficial de la IAMM.</translation>
    </message>
</context>
<context>
    <name>ImportViewsDialog</name>
    <message>
        <source>Add participants&apos; views</source>
        <translation>Añadir las opiniones de los participantes</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <source>One participant&apos;s own assessment: its levels and rationales become their views and comments.</source>
        <translation>La evaluación propia de un participante: sus niveles y justificaciones pasan a ser sus opiniones y comentarios.</translation>
    </message>
    <message>
        <source>A spreadsheet of votes: the participants are named in the file. A participant who already has views is replaced.</source>
        <translation>Una hoja de votos: los participantes figuran en el archivo. Un participante que ya tiene opiniones se reemplaza.</translation>
    </message>
    <message>
        <source>Participant&apos;s name (may be left empty)</source>
        <translation>Nombre del participante (opcional)</translation>
    </message>
    <message>
        <source>Participant&apos;s name</source>
        <translation>Nombre del participante</translation>
    </message>
    <message>
        <source>Agency or ministry</source>
        <translation>Organismo o ministerio</translation>
    </message>
    <message>
        <source>Participant&apos;s agency</source>
        <translation>Organismo del participante</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import the views</source>
        <translation>Importar las opiniones</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>InputLimits</name>
    <message>
        <source>the assessment title has %1 characters; at most %2 are allowed</source>
        <translation>el título de la evaluación tiene %1 caracteres; se admiten como máximo %2</translation>
    </message>
    <message>
        <source>the rationale has %1 characters; at most %2 are allowed</source>
        <translation>la justificación tiene %1 caracteres; se admiten como máximo %2</translation>
    </message>
    <message>
        <source>the dissent note has %1 characters; at most %2 are allowed</source>
        <translation>la opinión discrepante tiene %1 caracteres; se admiten como máximo %2</translation>
    </message>
    <message>
        <source>the explanation of change has %1 characters; at most %2 are allowed</source>
        <translation>la explicación del cambio tiene %1 caracteres; se admiten como máximo %2</translation>
    </message>
    <message>
        <source>the action text has %1 characters; at most %2 are allowed</source>
        <translation>el texto de la acción tiene %1 caracteres; se admiten como máximo %2</translation>
    </message>
    <message>
        <source>the action owner has %1 characters; at most %2 are allowed</source>
        <translation>el nombre del responsable de la acción tiene %1 caracteres; se admiten como máximo %2</translation>
    </message>
    <message>
        <source>the evidence note has %1 characters; at most %2 are allowed</source>
        <translation>la nota de evidencia tiene %1 caracteres; se admiten como máximo %2</translation>
    </message>
    <message>
        <source>the evidence title has %1 characters; at most %2 are allowed</source>
        <translation>el título de la evidencia tiene %1 caracteres; se admiten como máximo %2</translation>
    </message>
    <message>
        <source>the link has %1 characters; at most %2 are allowed</source>
        <translation>el enlace tiene %1 caracteres; se admiten como máximo %2</translation>
    </message>
    <message>
        <source>the participant&apos;s name has %1 characters; at most %2 are allowed</source>
        <translation>el nombre del participante tiene %1 caracteres; se admiten como máximo %2</translation>
    </message>
    <message>
        <source>the agency has %1 characters; at most %2 are allowed</source>
        <translation>el nombre del organismo tiene %1 caracteres; se admiten como máximo %2</translation>
    </message>
    <message>
        <source>the source has %1 characters; at most %2 are allowed</source>
        <translation>la fuente tiene %1 caracteres; se admiten como máximo %2</translation>
    </message>
    <message>
        <source>the comment has %1 characters; at most %2 are allowed</source>
        <translation>el comentario tiene %1 caracteres; se admiten como máximo %2</translation>
    </message>
    <message>
        <source>the facilitator note on item %3 has %1 characters; at most %2 are allowed</source>
        <translation>la nota del facilitador sobre el elemento %3 tiene %1 caracteres; se admiten como máximo %2</translation>
    </message>
    <message>
        <source>the parked question has %1 characters; at most %2 are allowed</source>
        <translation>la cuestión pendiente tiene %1 caracteres; se admiten como máximo %2</translation>
    </message>
    <message>
        <source>the title of agenda session %3 has %1 characters; at most %2 are allowed</source>
        <translation>el título de la sesión %3 del orden del día tiene %1 caracteres; se admiten como máximo %2</translation>
    </message>
    <message>
        <source>the name of team member %3 has %1 characters; at most %2 are allowed</source>
        <translation>el nombre del miembro %3 del equipo tiene %1 caracteres; se admiten como máximo %2</translation>
    </message>
    <message>
        <source>the agency of team member %3 has %1 characters; at most %2 are allowed</source>
        <translation>el organismo del miembro %3 del equipo tiene %1 caracteres; se admiten como máximo %2</translation>
    </message>
    <message>
        <source>the role of team member %3 has %1 characters; at most %2 are allowed</source>
        <translation>la función del miembro %3 del equipo tiene %1 caracteres; se admiten como máximo %2</translation>
    </message>
    <message>
        <source>assessment %3 would have %1 actions; at most %2 are allowed</source>
        <translation>la evaluación %3 tendría %1 acciones; se admiten como máximo %2</translation>
    </message>
    <message>
        <source>assessment %3 would have %1 evidence entries; at most %2 are allowed</source>
        <translation>la evaluación %3 tendría %1 evidencias; se admiten como máximo %2</translation>
    </message>
    <message>
        <source>assessment %3 would have %1 contributions; at most %2 are allowed</source>
        <translation>la evaluación %3 tendría %1 contribuciones; se admiten como máximo %2</translation>
    </message>
    <message>
        <source>assessment %3 would have %1 parked questions; at most %2 are allowed</source>
        <translation>la evaluación %3 tendría %1 cuestiones pendientes; se admiten como máximo %2</translation>
    </message>
    <message>
        <source>the agenda of assessment %3 would have %1 sessions; at most %2 are allowed</source>
        <translation>el orden del día de la evaluación %3 tendría %1 sesiones; se admiten como máximo %2</translation>
    </message>
    <message>
        <source>the team has %1 members; at most %2 are allowed</source>
        <translation>el equipo tiene %1 miembros; se admiten como máximo %2</translation>
    </message>
    <message>
        <source>the text has %1 characters; at most %2 are allowed</source>
        <translation>el texto tiene %1 caracteres; se admiten como máximo %2</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>assessment %1, evidence %2 (%3): the file content is missing</source>
        <translation>evaluación %1, evidencia %2 (%3): falta el contenido del archivo</translation>
    </message>
    <message>
        <source>assessment %1, evidence %2 (%3): size is %4 bytes, recorded %5</source>
        <translation>evaluación %1, evidencia %2 (%3): tiene %4 bytes, pero constan %5</translation>
    </message>
    <message>
        <source>assessment %1, evidence %2 (%3): SHA-256 does not match the recorded hash</source>
        <translation>evaluación %1, evidencia %2 (%3): el SHA-256 no coincide con el registrado</translation>
    </message>
    <message>
        <source>%1: pinned framework %2 was altered</source>
        <translation>%1: el marco fijado %2 ha sido alterado</translation>
    </message>
</context>
<context>
    <name>ItemChange</name>
    <message>
        <source>newly applicable</source>
        <translation>ahora aplicable</translation>
    </message>
    <message>
        <source>now not applicable</source>
        <translation>ya no aplicable</translation>
    </message>
    <message>
        <source>newly assessed</source>
        <translation>evaluado por primera vez</translation>
    </message>
    <message>
        <source>no longer assessed</source>
        <translation>ya no evaluado</translation>
    </message>
</context>
<context>
    <name>ItemFigures</name>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
</context>
<context>
    <name>ItemNavigationBar</name>
    <message>
        <source>%1 · item %2 of %3</source>
        <translation>%1 · elemento %2 de %3</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Anterior</translation>
    </message>
    <message>
        <source>Previous item (Left arrow or Page Up)</source>
        <translation>Elemento anterior (flecha izquierda o Re Pág)</translation>
    </message>
    <message>
        <source>Left arrow or Page Up</source>
        <translation>Flecha izquierda o Re Pág</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Siguiente ›</translation>
    </message>
    <message>
        <source>Next item (Right arrow or Page Down)</source>
        <translation>Elemento siguiente (flecha derecha o Av Pág)</translation>
    </message>
    <message>
        <source>Right arrow or Page Down</source>
        <translation>Flecha derecha o Av Pág</translation>
    </message>
    <message>
        <source>Next unassessed »</source>
        <translation>Siguiente sin evaluar »</translation>
    </message>
    <message>
        <source>Next item without a rating (U)</source>
        <translation>Siguiente elemento sin nivel (U)</translation>
    </message>
    <message>
        <source>U</source>
        <translation>U</translation>
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message>
        <source>Current item</source>
        <translation>Elemento actual</translation>
    </message>
</context>
<context>
    <name>ItemTextBlock</name>
    <message>
        <source>Item %1</source>
        <translation>Elemento %1</translation>
    </message>
    <message>
        <source>Official text: %1</source>
        <translation>Texto oficial: %1</translation>
    </message>
    <message>
        <source>Full heading: %1</source>
        <translation>Encabezado completo: %1</translation>
    </message>
    <message>
        <source>Source: %1 — %2</source>
        <translation>Fuente: %1 — %2</translation>
    </message>
    <message>
        <source>Translated text: %1</source>
        <translation>Texto traducido: %1</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>%1: %2: nested deeper than %3 levels, the limit for a JSON file</source>
        <translation>%1: %2: anidado a más de %3 niveles, el límite para un archivo JSON</translation>
    </message>
    <message>
        <source>%1: %2: number out of range (%3)</source>
        <translation>%1: %2: número fuera de rango (%3)</translation>
    </message>
    <message>
        <source>%1: not valid JSON: %2 (near %3)</source>
        <translation>%1: JSON no válido: %2 (cerca de %3)</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>se esperaba un objeto, se encontró %1</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>falta un campo obligatorio</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>se esperaba una matriz, se encontró %1</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>se esperaba una cadena, se encontró %1</translation>
    </message>
    <message>
        <source>expected an integer, found %1</source>
        <translation>se esperaba un entero, se encontró %1</translation>
    </message>
    <message>
        <source>%1 is out of range (at most %2 in size)</source>
        <translation>%1 está fuera de rango (como máximo %2 en valor absoluto)</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>se esperaba true o false, se encontró %1</translation>
    </message>
    <message>
        <source>unknown field %1</source>
        <translation>campo desconocido %1</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>IAMM self-assessment workshop: rate the forty items of the International Agenda for Migration Management together.</source>
        <translation>Taller de autoevaluación IAMM: evaluar juntos los cuarenta elementos de la Agenda Internacional para la Gestión de la Migración.</translation>
    </message>
    <message>
        <source>Use the database at &lt;path&gt; (else IAMM_DB, else the one opened last, else the user data folder).</source>
        <translation>Usar la base de datos &lt;path&gt; (si no, IAMM_DB; si no, la última abierta; si no, la carpeta de datos del usuario).</translation>
    </message>
    <message>
        <source>Save a PNG picture of the window to &lt;file&gt; and exit.</source>
        <translation>Guardar una imagen PNG de la ventana en &lt;file&gt; y salir.</translation>
    </message>
    <message>
        <source>Start on &lt;page&gt;: start, walkthrough, summary, peers or presenter (all but start open the newest assessment).</source>
        <translation>Empezar en &lt;page&gt;: start, walkthrough, summary, peers o presenter (todas menos start abren la evaluación más reciente).</translation>
    </message>
    <message>
        <source>Show the item &lt;id&gt; (e.g. EP-01) of the assessment.</source>
        <translation>Mostrar el elemento &lt;id&gt; (p. ej., EP-01) de la evaluación.</translation>
    </message>
    <message>
        <source>Window size, e.g. 1920x1080.</source>
        <translation>Tamaño de la ventana, p. ej., 1920x1080.</translation>
    </message>
    <message>
        <source>Fill an empty database with the fictitious demo workshop.</source>
        <translation>Llenar una base de datos vacía con el taller de demostración ficticio.</translation>
    </message>
    <message>
        <source>Use the dark theme.</source>
        <translation>Usar el tema oscuro.</translation>
    </message>
    <message>
        <source>Open the database read-only (as for a read-only file or folder).</source>
        <translation>Abrir la base de datos en solo lectura (como para un archivo o una carpeta de solo lectura).</translation>
    </message>
    <message>
        <source>Show the application in &lt;language&gt;: en, fr or es (else the language chosen last time, else the system&apos;s).</source>
        <translation>Mostrar la aplicación en &lt;language&gt;: en, fr o es (si no, el idioma elegido la última vez; si no, el del sistema).</translation>
    </message>
    <message>
        <source>--page must be one of %1, not &quot;%2&quot;</source>
        <translation>--page debe ser una de %1, no «%2»</translation>
    </message>
    <message>
        <source>--lang must be one of en, fr, es, not &quot;%1&quot;</source>
        <translation>--lang debe ser en, fr o es, no «%1»</translation>
    </message>
    <message>
        <source>--size must look like 1280x720, not &quot;%1&quot;</source>
        <translation>--size debe tener la forma 1280x720, no «%1»</translation>
    </message>
    <message>
        <source>IAMM Self-Assessment</source>
        <translation>Autoevaluación IAMM</translation>
    </message>
</context>
<context>
    <name>LevelChart</name>
    <message>
        <source>Chart of the team&apos;s levels against targets</source>
        <translation>Gráfico de los niveles del equipo frente a las metas</translation>
    </message>
    <message>
        <source>%1: %2, target %3</source>
        <translation>%1: %2, meta %3</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>LevelOption</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>%1 – %2 – IAMM Self-Assessment</source>
        <translation>%1 – %2 – Autoevaluación IAMM</translation>
    </message>
    <message>
        <source>IAMM Self-Assessment</source>
        <translation>Autoevaluación IAMM</translation>
    </message>
</context>
<context>
    <name>MigrationRunner</name>
    <message>
        <source>%1: migrations folder not found (is the program installed completely?)</source>
        <translation>%1: no se encuentra la carpeta de migraciones (¿está el programa instalado por completo?)</translation>
    </message>
    <message>
        <source>%1: cannot read migration: %2</source>
        <translation>%1: no se puede leer la migración: %2</translation>
    </message>
    <message>
        <source>%1: the database has schema version %2, newer than this program knows (%3); use a newer version of iamm</source>
        <translation>%1: la base de datos tiene la versión de esquema %2, más reciente que las que conoce este programa (%3); utilice una versión más reciente de iamm</translation>
    </message>
    <message>
        <source>%1: migration failed: %2</source>
        <translation>%1: falló la migración: %2</translation>
    </message>
</context>
<context>
    <name>NavigationItem</name>
    <message>
        <source>%1: %2. %3. Views in the room differ.</source>
        <translation>%1: %2. %3. Las opiniones de la sala difieren.</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>views differ</source>
        <translation>opiniones dispares</translation>
    </message>
</context>
<context>
    <name>NavigationPane</name>
    <message>
        <source>%1 of %2 items assessed</source>
        <translation>%1 de %2 elementos evaluados</translation>
    </message>
    <message>
        <source>Items assessed</source>
        <translation>Elementos evaluados</translation>
    </message>
    <message>
        <source>Items where views differ first</source>
        <translation>Opiniones dispares primero</translation>
    </message>
    <message>
        <source>This assessment is final. Reopen it on the Assessments page to change it.</source>
        <translation>Esta evaluación es definitiva. Reábrala en la página Evaluaciones para cambiarla.</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <source>Where views differ</source>
        <translation>Opiniones dispares</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), discussed first</source>
        <translation>
            <numerusform>%n elemento, que se trata primero</numerusform>
            <numerusform>%n elementos, que se tratan primero</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 assessed · %3 N/A</source>
        <translation>%1 de %2 evaluados · %3 N/A</translation>
    </message>
    <message>
        <source>Read only: %1.</source>
        <translation>Solo lectura: %1.</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>Nueva evaluación</translation>
    </message>
    <message>
        <source>State: choose one below</source>
        <translation>Estado: elija uno a continuación</translation>
    </message>
    <message>
        <source>State: %1 (%2)</source>
        <translation>Estado: %1 (%2)</translation>
    </message>
    <message>
        <source>Search states by name or code</source>
        <translation>Buscar Estados por nombre o código</translation>
    </message>
    <message>
        <source>States</source>
        <translation>Estados</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No state matches &quot;%1&quot;. Try a name, a former name or an ISO code (GBR or GB).</source>
        <translation>Ningún Estado coincide con «%1». Pruebe un nombre, un nombre anterior o un código ISO (GBR o GB).</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Marco</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>e.g. National workshop, first round</source>
        <translation>p. ej. Taller nacional, primera ronda</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Date of the assessment (YYYY-MM-DD)</source>
        <translation>Fecha de la evaluación (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Create the assessment</source>
        <translation>Crear la evaluación</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>NewRoundDialog</name>
    <message>
        <source>A new draft for %1 starts with the ratings, targets, confidence, rationale and checklist of “%2”. The earlier assessment stays as it is.</source>
        <translation>Un nuevo borrador para %1 parte de los niveles, metas, confianza, justificaciones y listas de control de «%2». La evaluación anterior queda como está.</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>Nueva ronda</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>e.g. National workshop, second round</source>
        <translation>p. ej. Taller nacional, segunda ronda</translation>
    </message>
    <message>
        <source>Title of the new round</source>
        <translation>Título de la nueva ronda</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Date of the new round (YYYY-MM-DD)</source>
        <translation>Fecha de la nueva ronda (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>Start the new round</source>
        <translation>Iniciar la nueva ronda</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>OpenDatabaseDialog</name>
    <message>
        <source>Open a database</source>
        <translation>Abrir una base de datos</translation>
    </message>
    <message>
        <source>Open now: %1</source>
        <translation>Abierta ahora: %1</translation>
    </message>
    <message>
        <source>A database file on this computer, or a shared database on a server: postgresql://USER@SERVER[:PORT]/DATABASE</source>
        <translation>Un archivo de base de datos en este ordenador, o una base de datos compartida en un servidor: postgresql://USUARIO@SERVIDOR[:PUERTO]/BASE</translation>
    </message>
    <message>
        <source>postgresql://USER@SERVER/DATABASE or a file path</source>
        <translation>postgresql://USUARIO@SERVIDOR/BASE o la ruta de un archivo</translation>
    </message>
    <message>
        <source>Database address or file</source>
        <translation>Dirección o archivo de la base de datos</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Elegir un archivo…</translation>
    </message>
    <message>
        <source>Choose a database file on this computer</source>
        <translation>Elegir un archivo de base de datos en este ordenador</translation>
    </message>
    <message>
        <source>Password (kept only until the application closes; leave it empty to use ~/.pgpass)</source>
        <translation>Contraseña (se conserva solo hasta que se cierre la aplicación; déjela vacía para usar ~/.pgpass)</translation>
    </message>
    <message>
        <source>Password for the database server</source>
        <translation>Contraseña del servidor de base de datos</translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation>Bases de datos recientes</translation>
    </message>
    <message>
        <source>This computer: %1</source>
        <translation>Este ordenador: %1</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Usar %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the database</source>
        <translation>Abrir la base de datos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Open a database file</source>
        <translation>Abrir un archivo de base de datos</translation>
    </message>
    <message>
        <source>Databases (*.sqlite)</source>
        <translation>Bases de datos (*.sqlite)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>%1: is a folder; nothing was written</source>
        <translation>%1: es una carpeta; no se escribió nada</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
    <message>
        <source>%1: cannot write: %2; nothing was written</source>
        <translation>%1: no se puede escribir: %2; no se escribió nada</translation>
    </message>
    <message>
        <source>%1: a symbolic link already exists; nothing was written (add --force to replace it)</source>
        <translation>%1: ya existe un enlace simbólico; no se escribió nada (añada --force para reemplazarlo)</translation>
    </message>
    <message>
        <source>%1: a file already exists; nothing was written (add --force to replace it)</source>
        <translation>%1: ya existe un archivo; no se escribió nada (añada --force para reemplazarlo)</translation>
    </message>
</context>
<context>
    <name>ParkingLotDialog</name>
    <message>
        <source>Parking lot</source>
        <translation>Cuestiones pendientes</translation>
    </message>
    <message>
        <source>No question parked yet. Park one from the facilitator&apos;s section of an item.</source>
        <translation>Aún no hay cuestiones pendientes. Deje una pendiente desde la sección del facilitador de un elemento.</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Resuelta: %1</translation>
    </message>
    <message>
        <source>Go to item %1</source>
        <translation>Ir al elemento %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the question: %1</source>
        <translation>Quitar la cuestión: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the parking lot</source>
        <translation>Cerrar las cuestiones pendientes</translation>
    </message>
</context>
<context>
    <name>PeerGroupCatalog</name>
    <message>
        <source>%1: cannot read the shipped peer groups: %2</source>
        <translation>%1: no se pueden leer los grupos de pares incluidos: %2</translation>
    </message>
    <message>
        <source>must be &quot;iamm-peer-groups&quot;</source>
        <translation>debe ser «iamm-peer-groups»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 alpha-3 state code</source>
        <translation>«%1» no es un código de Estado ISO 3166 alfa-3</translation>
    </message>
    <message>
        <source>unknown peer group &quot;%1&quot; (known: %2)</source>
        <translation>grupo de pares desconocido «%1» (conocidos: %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a shipped group and cannot be changed; copy it first (iamm group create NEW --from %1)</source>
        <translation>«%1» es un grupo incluido y no se puede cambiar; cópielo primero (iamm group create NEW --from %1)</translation>
    </message>
    <message>
        <source>group id &quot;%1&quot; must be 1–32 letters, digits or + _ . -</source>
        <translation>el identificador de grupo «%1» debe tener de 1 a 32 letras, dígitos o + _ . -</translation>
    </message>
    <message>
        <source>a group with id &quot;%1&quot; already exists</source>
        <translation>ya existe un grupo con el identificador «%1»</translation>
    </message>
    <message>
        <source>a group name must not be empty</source>
        <translation>el nombre de un grupo no puede estar vacío</translation>
    </message>
    <message>
        <source>%1 is not a member of group %2</source>
        <translation>%1 no es miembro del grupo %2</translation>
    </message>
</context>
<context>
    <name>PeerGroupsDialog</name>
    <message>
        <source>Created the group %1.</source>
        <translation>Grupo %1 creado.</translation>
    </message>
    <message>
        <source>Copied %1 to %2.</source>
        <translation>%1 copiado en %2.</translation>
    </message>
    <message>
        <source>Deleted the group %1.</source>
        <translation>Grupo %1 eliminado.</translation>
    </message>
    <message>
        <source>Peer groups</source>
        <translation>Grupos de pares</translation>
    </message>
    <message>
        <source>New id, e.g. MYGROUP</source>
        <translation>Nuevo código, p. ej. MIGRUPO</translation>
    </message>
    <message>
        <source>Id of the new group</source>
        <translation>Código del nuevo grupo</translation>
    </message>
    <message>
        <source>Name of the new group</source>
        <translation>Nombre del nuevo grupo</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Create a new empty group</source>
        <translation>Crear un nuevo grupo vacío</translation>
    </message>
    <message>
        <source>Copy selected</source>
        <translation>Copiar el seleccionado</translation>
    </message>
    <message>
        <source>Copy the selected group under the new id</source>
        <translation>Copiar el grupo seleccionado con el nuevo código</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %n member(s), %3</source>
        <translation>
            <numerusform>%1, %2, %n miembro, %3</numerusform>
            <numerusform>%1, %2, %n miembros, %3</numerusform>
        </translation>
    </message>
    <message>
        <source>shipped, read-only</source>
        <translation>incluido, de solo lectura</translation>
    </message>
    <message>
        <source>your own group</source>
        <translation>su propio grupo</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) · %1</source>
        <translation>
            <numerusform>%n miembro · %1</numerusform>
            <numerusform>%n miembros · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a group on the left.</source>
        <translation>Elija un grupo a la izquierda.</translation>
    </message>
    <message>
        <source>%1: shipped reference group, read-only. Copy it to change it.</source>
        <translation>%1: grupo de referencia incluido, de solo lectura. Cópielo para cambiarlo.</translation>
    </message>
    <message>
        <source>%1: your own group</source>
        <translation>%1: su propio grupo</translation>
    </message>
    <message>
        <source>Name of the group</source>
        <translation>Nombre del grupo</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>Rename the group</source>
        <translation>Renombrar el grupo</translation>
    </message>
    <message>
        <source>Renamed the group %1.</source>
        <translation>Grupo %1 renombrado.</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Eliminar grupo</translation>
    </message>
    <message>
        <source>Delete the group</source>
        <translation>Eliminar el grupo</translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation>Miembros (%1)</translation>
    </message>
    <message>
        <source>Members of the group</source>
        <translation>Miembros del grupo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove %1 from the group</source>
        <translation>Quitar %1 del grupo</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 quitado.</translation>
    </message>
    <message>
        <source>Add a state: search by name or code</source>
        <translation>Añadir un Estado: buscar por nombre o código</translation>
    </message>
    <message>
        <source>Search states to add to the group</source>
        <translation>Buscar Estados para añadir al grupo</translation>
    </message>
    <message>
        <source>States to add</source>
        <translation>Estados para añadir</translation>
    </message>
    <message>
        <source>Add %1 (%2)</source>
        <translation>Añadir %1 (%2)</translation>
    </message>
    <message>
        <source>Add %1 to the group</source>
        <translation>Añadir %1 al grupo</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 añadido.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the peer groups</source>
        <translation>Cerrar los grupos de pares</translation>
    </message>
    <message>
        <source>%1: shipped reference group, read-only.</source>
        <translation>%1: grupo de referencia incluido, de solo lectura.</translation>
    </message>
</context>
<context>
    <name>PeerListPane</name>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Peers used and missing</source>
        <translation>Pares utilizados y ausentes</translation>
    </message>
    <message>
        <source>Peers used: none – no other member has a final assessment on this framework.</source>
        <translation>Pares utilizados: ninguno; ningún otro miembro tiene una evaluación definitiva en este marco.</translation>
    </message>
    <message>
        <source>Peers used (%1): %2</source>
        <translation>Pares utilizados (%1): %2</translation>
    </message>
    <message>
        <source>Missing peers: none.</source>
        <translation>Pares ausentes: ninguno.</translation>
    </message>
    <message>
        <source>Missing peers, without a final assessment (%1): %2</source>
        <translation>Pares ausentes, sin evaluación definitiva (%1): %2</translation>
    </message>
    <message numerus="yes">
        <source>Peer figures need at least %n peer(s) with a level, so they stay blank.</source>
        <translation>
            <numerusform>Las cifras de los pares requieren al menos %n par con nivel, por lo que quedan en blanco.</numerusform>
            <numerusform>Las cifras de los pares requieren al menos %n pares con nivel, por lo que quedan en blanco.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Peer figures are shown where at least %n peer(s) have a level.</source>
        <translation>
            <numerusform>Las cifras de los pares se muestran donde al menos %n par tiene nivel.</numerusform>
            <numerusform>Las cifras de los pares se muestran donde al menos %n pares tienen nivel.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeerScoreCard</name>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message numerus="yes">
        <source>%1: mean level %2, target %3, peer median %4 of %n peer(s)</source>
        <translation>
            <numerusform>%1: nivel medio %2, meta %3, mediana de %n par %4</numerusform>
            <numerusform>%1: nivel medio %2, meta %3, mediana de %n pares %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: mean level %2, target %3, fewer than %n peer(s)</source>
        <translation>
            <numerusform>%1: nivel medio %2, meta %3, menos de %n par</numerusform>
            <numerusform>%1: nivel medio %2, meta %3, menos de %n pares</numerusform>
        </translation>
    </message>
    <message>
        <source>mean level</source>
        <translation>nivel medio</translation>
    </message>
    <message>
        <source>target</source>
        <translation>meta</translation>
    </message>
    <message>
        <source>peer median</source>
        <translation>mediana de los pares</translation>
    </message>
    <message numerus="yes">
        <source>Fewer than %n peer(s) have a level: no peer figures.</source>
        <translation>
            <numerusform>Menos de %n par tiene nivel: sin cifras de los pares.</numerusform>
            <numerusform>Menos de %n pares tienen nivel: sin cifras de los pares.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s), range %1 to %2</source>
        <translation>
            <numerusform>%n par, de %1 a %2</numerusform>
            <numerusform>%n pares, de %1 a %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s), range %1 to %2; percentile rank %3</source>
        <translation>
            <numerusform>%n par, de %1 a %2; rango percentil %3</numerusform>
            <numerusform>%n pares, de %1 a %2; rango percentil %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeerSpreadChart</name>
    <message>
        <source>Each item&apos;s level against the spread of the peers&apos; levels</source>
        <translation>Nivel de cada elemento frente a la dispersión de los niveles de los pares</translation>
    </message>
    <message>
        <source>level · peer median</source>
        <translation>nivel · mediana de los pares</translation>
    </message>
</context>
<context>
    <name>PeerSpreadRow</name>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message numerus="yes">
        <source>%1: level %2, target %3, peer median %4 of %n peer(s)</source>
        <translation>
            <numerusform>%1: nivel %2, meta %3, mediana de %n par %4</numerusform>
            <numerusform>%1: nivel %2, meta %3, mediana de %n pares %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: level %2, target %3, fewer than %n peer(s)</source>
        <translation>
            <numerusform>%1: nivel %2, meta %3, menos de %n par</numerusform>
            <numerusform>%1: nivel %2, meta %3, menos de %n pares</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>fewer than %n peer(s)</source>
        <translation>
            <numerusform>menos de %n par</numerusform>
            <numerusform>menos de %n pares</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>PeersPage</name>
    <message>
        <source>Gap report saved to %1</source>
        <translation>Informe de brechas guardado en %1</translation>
    </message>
    <message>
        <source>Table of the group saved to %1</source>
        <translation>Tabla del grupo guardada en %1</translation>
    </message>
    <message>
        <source>Peers: %1</source>
        <translation>Pares: %1</translation>
    </message>
    <message>
        <source>Peers: %1 compared with %2</source>
        <translation>Pares: %1 frente a %2</translation>
    </message>
    <message>
        <source>Peer group</source>
        <translation>Grupo de pares</translation>
    </message>
    <message>
        <source>Peer group to compare with</source>
        <translation>Grupo de pares con el que comparar</translation>
    </message>
    <message>
        <source>Minimum peers</source>
        <translation>Mínimo de pares</translation>
    </message>
    <message>
        <source>Minimum number of peers with a level before peer figures are shown</source>
        <translation>Número mínimo de pares con nivel para mostrar las cifras de los pares</translation>
    </message>
    <message>
        <source>Groups…</source>
        <translation>Grupos…</translation>
    </message>
    <message>
        <source>Show and edit the peer groups</source>
        <translation>Ver y editar los grupos de pares</translation>
    </message>
    <message>
        <source>Export PDF report…</source>
        <translation>Exportar informe PDF…</translation>
    </message>
    <message>
        <source>Export the gap report as a PDF file</source>
        <translation>Exportar el informe de brechas como PDF</translation>
    </message>
    <message>
        <source>Export table (CSV/XLSX)…</source>
        <translation>Exportar tabla (CSV/XLSX)…</translation>
    </message>
    <message>
        <source>Export the table of the group&apos;s members and their levels</source>
        <translation>Exportar la tabla de los miembros del grupo y sus niveles</translation>
    </message>
    <message>
        <source>%1 is not a member of %2: it is compared with the group&apos;s members, not with its own peers.</source>
        <translation>%1 no es miembro de %2: se compara con los miembros del grupo, no con sus propios pares.</translation>
    </message>
    <message>
        <source>DRAFT: this assessment of %1 (%2) is not final; its figures may still change.</source>
        <translation>BORRADOR: esta evaluación de %1 (%2) no es definitiva; sus cifras aún pueden cambiar.</translation>
    </message>
    <message>
        <source>Each item against the peers&apos; spread</source>
        <translation>Cada elemento frente a la dispersión de los pares</translation>
    </message>
    <message>
        <source>Line: lowest to highest peer level; box: middle half of the peers; tick: peer median; dot: %1&apos;s level; diamond: its target.</source>
        <translation>Línea: del nivel más bajo al más alto de los pares; caja: mitad central de los pares; marca: mediana de los pares; punto: nivel de %1; rombo: su meta.</translation>
    </message>
    <message>
        <source>Heat map: gap to the peer median</source>
        <translation>Mapa de calor: brecha respecto a la mediana de los pares</translation>
    </message>
    <message numerus="yes">
        <source>Each cell is an item with the gap between %1&apos;s level and the peers&apos; median: ▼ below, ≈ near, ▲ above (▼▼ and ▲▲ by 1.5 or more), also shown by colour. Hatched cells have no value: fewer than %n peer(s) have a level for the item.</source>
        <translation>
            <numerusform>Cada celda es un elemento con la brecha entre el nivel de %1 y la mediana de los pares: ▼ por debajo, ≈ cerca, ▲ por encima (▼▼ y ▲▲ por 1,5 o más), también indicada por el color. Las celdas rayadas no tienen valor: menos de %n par tiene nivel para el elemento.</numerusform>
            <numerusform>Cada celda es un elemento con la brecha entre el nivel de %1 y la mediana de los pares: ▼ por debajo, ≈ cerca, ▲ por encima (▼▼ y ▲▲ por 1,5 o más), también indicada por el color. Las celdas rayadas no tienen valor: menos de %n pares tienen nivel para el elemento.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the table of the group</source>
        <translation>Exportar la tabla del grupo</translation>
    </message>
    <message>
        <source>A name ending in .xlsx saves an Excel workbook; any other name a CSV table.</source>
        <translation>Un nombre que termina en .xlsx guarda un libro de Excel; cualquier otro nombre, una tabla CSV.</translation>
    </message>
</context>
<context>
    <name>PollItem</name>
    <message>
        <source>framework %1 has no item %2</source>
        <translation>el marco %1 no tiene ningún elemento %2</translation>
    </message>
</context>
<context>
    <name>PollPage</name>
    <message>
        <source>the voting page&apos;s resource %1 is missing from the build</source>
        <translation>falta en la compilación el recurso %1 de la página de votación</translation>
    </message>
</context>
<context>
    <name>PostgresqlEngine</name>
    <message>
        <source>as requested</source>
        <translation>según lo solicitado</translation>
    </message>
    <message>
        <source>%1: a database of another program (tables %2), not an IAMM database; it was left unchanged</source>
        <translation>%1: una base de datos de otro programa (tablas %2), no una base de datos de IAMM; no se modificó</translation>
    </message>
    <message>
        <source>this login may read the database but not change it</source>
        <translation>este usuario puede leer la base de datos pero no modificarla</translation>
    </message>
</context>
<context>
    <name>PresenterAnnouncer</name>
    <message>
        <source>not applicable</source>
        <translation>no aplicable</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>nivel %1</translation>
    </message>
    <message>
        <source>not assessed yet</source>
        <translation>aún sin evaluar</translation>
    </message>
    <message>
        <source>%1: %2. Rated %3.</source>
        <translation>%1: %2. Calificado: %3.</translation>
    </message>
</context>
<context>
    <name>PresenterClock</name>
    <message>
        <source>Time is up for %1</source>
        <translation>Se acabó el tiempo de %1</translation>
    </message>
    <message>
        <source>%1 left for %2</source>
        <translation>Quedan %1 para %2</translation>
    </message>
</context>
<context>
    <name>PresenterLevelCard</name>
    <message>
        <source>%1 – %2 (chosen)</source>
        <translation>%1 – %2 (elegido)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <source>Guiding questions</source>
        <translation>Preguntas orientadoras</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Presenter view</source>
        <translation>Vista de presentación</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Agreed: %1</source>
        <translation>Acordado: %1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Meta: %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>0–4 level · N not applicable · G guiding questions · T clock · V live vote · ← → items · Ctrl+Z undo · Ctrl+E show English · F5 or Esc leaves</source>
        <translation>0–4 nivel · N no aplicable · G preguntas orientadoras · T reloj · V votación en directo · ← → elementos · Ctrl+Z deshacer · Ctrl+E mostrar el inglés · F5 o Esc para salir</translation>
    </message>
</context>
<context>
    <name>PresenterVotingPanel</name>
    <message>
        <source>Live vote</source>
        <translation>Votación en directo</translation>
    </message>
    <message>
        <source>QR code of the voting page</source>
        <translation>Código QR de la página de votación</translation>
    </message>
    <message>
        <source>Scan the code, or open on a phone on this network:</source>
        <translation>Escanee el código, o abra en un teléfono de esta red:</translation>
    </message>
    <message>
        <source>Session code %1</source>
        <translation>Código de sesión %1</translation>
    </message>
    <message>
        <source>Votes received: %1</source>
        <translation>Votos recibidos: %1</translation>
    </message>
    <message>
        <source>Votes: %1 · no level given</source>
        <translation>Votos: %1 · ningún nivel indicado</translation>
    </message>
    <message>
        <source>Votes: %1 · median %2 · range %3</source>
        <translation>Votos: %1 · mediana %2 · rango %3</translation>
    </message>
    <message>
        <source>Close vote (C)</source>
        <translation>Cerrar la votación (C)</translation>
    </message>
    <message>
        <source>Reopen vote (C)</source>
        <translation>Reabrir la votación (C)</translation>
    </message>
    <message>
        <source>Take the median (M)</source>
        <translation>Adoptar la mediana (M)</translation>
    </message>
    <message>
        <source>Vote again</source>
        <translation>Votar de nuevo</translation>
    </message>
    <message>
        <source>Next item (→)</source>
        <translation>Elemento siguiente (→)</translation>
    </message>
    <message>
        <source>Stop voting (V)</source>
        <translation>Detener la votación (V)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n vote(s)</source>
        <translation>
            <numerusform>%1: %n voto</numerusform>
            <numerusform>%1: %n votos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviousRoundSection</name>
    <message>
        <source>Previous round</source>
        <translation>Ronda anterior</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation>Entonces: %1</translation>
    </message>
    <message>
        <source>Then: %1 · change: %2</source>
        <translation>Entonces: %1 · cambio: %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>The rating differs from the previous round: why?</source>
        <translation>La calificación difiere de la de la ronda anterior: ¿por qué?</translation>
    </message>
    <message>
        <source>Explanation of change</source>
        <translation>Explicación del cambio</translation>
    </message>
    <message>
        <source>What changed, in a sentence: a new law, better data, a stricter reading of level 3…</source>
        <translation>Qué cambió, en una frase: una nueva ley, mejores datos, una lectura más estricta del nivel 3…</translation>
    </message>
    <message>
        <source>Explanation of change in words</source>
        <translation>Explicación del cambio, en palabras</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>cannot make a QR code of %1 bytes</source>
        <translation>no se puede generar un código QR de %1 bytes</translation>
    </message>
</context>
<context>
    <name>RatingSection</name>
    <message>
        <source>Level agreed by the team</source>
        <translation>Nivel acordado por el equipo</translation>
    </message>
    <message>
        <source>This assessment is final and read-only. To change it, reopen it on the Assessments page.</source>
        <translation>Esta evaluación es definitiva y de solo lectura. Para cambiarla, reábrala en la página Evaluaciones.</translation>
    </message>
    <message>
        <source>Keys 0–4 choose a level, N marks the item not applicable, Delete clears the rating. Ctrl+Z undoes a change, Ctrl+Shift+Z redoes it.</source>
        <translation>Las teclas 0–4 eligen un nivel, N marca el elemento como no aplicable, Supr borra el nivel. Ctrl+Z deshace un cambio, Ctrl+Shift+Z lo rehace.</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>The item does not apply to this State; it is left out of every score.</source>
        <translation>El elemento no se aplica a este Estado; queda fuera de todas las puntuaciones.</translation>
    </message>
    <message>
        <source>Rated: not applicable</source>
        <translation>Calificado: no aplicable</translation>
    </message>
    <message>
        <source>Rated: level %1</source>
        <translation>Calificado: nivel %1</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Aún sin evaluar</translation>
    </message>
    <message>
        <source>Clear rating</source>
        <translation>Borrar el nivel</translation>
    </message>
    <message>
        <source>Clear the rating (Delete)</source>
        <translation>Borrar el nivel (Supr)</translation>
    </message>
</context>
<context>
    <name>RationaleSection</name>
    <message>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <source>Saved as you type. Tab or Esc leaves the field; so does moving to another item.</source>
        <translation>Se guarda mientras escribe. Tab o Esc salen del campo, al igual que pasar a otro elemento.</translation>
    </message>
    <message>
        <source>What did the team find? Which evidence supports the level?</source>
        <translation>¿Qué constató el equipo? ¿Qué evidencias respaldan el nivel?</translation>
    </message>
    <message>
        <source>Rationale for the rating</source>
        <translation>Justificación del nivel</translation>
    </message>
</context>
<context>
    <name>ReadOnlyNotice</name>
    <message>
        <source>Read-only: %1 (%2). You can read and export, but not change anything.</source>
        <translation>Solo lectura: %1 (%2). Puede consultar y exportar, pero no cambiar nada.</translation>
    </message>
</context>
<context>
    <name>RecordTransfer</name>
    <message>
        <source>assessment %1: framework &quot;%2&quot; was not supplied</source>
        <translation>evaluación %1: no se proporcionó el marco «%2»</translation>
    </message>
    <message>
        <source>assessment %1: framework snapshot %2 was not supplied</source>
        <translation>evaluación %1: no se proporcionó la instantánea del marco %2</translation>
    </message>
    <message>
        <source>the assessment date is not a valid date</source>
        <translation>la fecha de la evaluación no es una fecha válida</translation>
    </message>
</context>
<context>
    <name>ReportCanvas</name>
    <message>
        <source>Cannot start painting the PDF report</source>
        <translation>No se puede empezar a dibujar el informe PDF</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>BORRADOR</translation>
    </message>
</context>
<context>
    <name>ReportExportDialog</name>
    <message>
        <source>Export PDF report</source>
        <translation>Exportar informe PDF</translation>
    </message>
    <message>
        <source>The report has a cover, a one-page summary, the charts, every item with its rationale and actions, and the method.</source>
        <translation>El informe incluye una portada, un resumen de una página, los gráficos, cada elemento con su justificación y acciones, y el método.</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>A4 paper</source>
        <translation>Papel A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>US Letter paper</source>
        <translation>Papel Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Include the evidence annex</source>
        <translation>Incluir el anexo de evidencias</translation>
    </message>
    <message>
        <source>Name the participants whose views were collected</source>
        <translation>Nombrar a los participantes cuyas opiniones se recogieron</translation>
    </message>
    <message>
        <source>Choose file and export…</source>
        <translation>Elegir archivo y exportar…</translation>
    </message>
    <message>
        <source>Choose where to save the PDF report and export it</source>
        <translation>Elegir dónde guardar el informe PDF y exportarlo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save the PDF report</source>
        <translation>Guardar el informe PDF</translation>
    </message>
    <message>
        <source>Include the facilitator&apos;s private notes and parking lot</source>
        <translation>Incluir las notas privadas del facilitador y las cuestiones pendientes</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>The date format of the report (QDate::toString): day, month name, year.</extracomment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 KiB (%2 bytes)</source>
        <translation>%1 KiB (%2 bytes)</translation>
    </message>
    <message>
        <source>%1 MiB (%2 bytes)</source>
        <translation>%1 MiB (%2 bytes)</translation>
    </message>
</context>
<context>
    <name>ReportMethodology</name>
    <message>
        <source>Methodology</source>
        <translation>Metodología</translation>
    </message>
    <message>
        <source>Framework: %1, version %2 (%3). Source: %4.</source>
        <translation>Marco: %1, versión %2 (%3). Fuente: %4.</translation>
    </message>
    <message>
        <source>Framework fingerprint (SHA-256): %1</source>
        <translation>Huella del marco (SHA-256): %1</translation>
    </message>
    <message>
        <source>Rating scale (product guidance)</source>
        <translation>Escala de calificación (guía de la herramienta)</translation>
    </message>
    <message>
        <source>The levels below are guidance supplied with this product so that ratings can be compared; they are not part of the IAMM text agreed in the Berne Initiative.</source>
        <translation>Los niveles siguientes son una guía que acompaña a esta herramienta para que las calificaciones sean comparables; no forman parte del texto de la IAMM acordado en la Iniciativa de Berna.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Denominación</translation>
    </message>
    <message>
        <source>Descriptor</source>
        <translation>Descriptor</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>The item does not apply to the state; it is left out of every figure.</source>
        <translation>El elemento no se aplica al Estado; queda fuera de todas las cifras.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>A score counts only when a level is recorded: items rated not applicable or not yet assessed are left out of every mean, quartile and rank.</source>
        <translation>Una puntuación solo cuenta cuando hay un nivel registrado: los elementos calificados como no aplicables o aún sin evaluar quedan fuera de toda media, cuartil y rango.</translation>
    </message>
    <message>
        <source>Section and overall scores are the mean of the counted item scores.</source>
        <translation>Las puntuaciones por sección y global son la media de las puntuaciones de los elementos contabilizados.</translation>
    </message>
    <message>
        <source>Target: the level the national team set for the item, otherwise the scale&apos;s default target (level %1). The gap to target is target − score, never below zero; the target reference of a section is the mean of its item targets.</source>
        <translation>Meta: el nivel que el equipo nacional fijó para el elemento o, en su defecto, la meta por defecto de la escala (nivel %1). La brecha respecto de la meta es meta − puntuación, nunca inferior a cero; la meta de referencia de una sección es la media de las metas de sus elementos.</translation>
    </message>
    <message>
        <source>Peer quartiles and median are computed with R&apos;s type 7 method (linear interpolation between order statistics).</source>
        <translation>Los cuartiles y la mediana de los pares se calculan con el método de tipo 7 de R (interpolación lineal entre estadísticos de orden).</translation>
    </message>
    <message>
        <source>Percentile rank = 100 × (number of peers below the score + ½ × number of peers equal to the score) ÷ number of peers.</source>
        <translation>Rango percentil = 100 × (número de pares por debajo de la puntuación + ½ × número de pares con la misma puntuación) ÷ número de pares.</translation>
    </message>
    <message>
        <source>Peer figures are shown only when at least %1 peers have a counted value for the item or section, so that no single peer&apos;s rating can be read off the report.</source>
        <translation>Las cifras de los pares solo se muestran cuando al menos %1 pares tienen un valor contabilizado para el elemento o la sección, de modo que el informe no permita leer la calificación de ningún par concreto.</translation>
    </message>
    <message>
        <source>Previous round: the assessment this one names as its previous round (set when a new round is started from it), otherwise the newest other final assessment of the same state on the same framework dated before it, or on the same date and created before it. Without one, no comparison is shown. The change of an item is its score minus the previous score, only when both are levels.</source>
        <translation>Ronda anterior: la evaluación que esta designa como su ronda anterior (fijada al iniciar una nueva ronda a partir de ella) o, en su defecto, la evaluación definitiva más reciente del mismo Estado sobre el mismo marco con fecha anterior, o de la misma fecha y creada antes. Sin ella no se muestra ninguna comparación. El cambio de un elemento es su puntuación menos la anterior, solo cuando ambas son niveles.</translation>
    </message>
    <message>
        <source>Draft assessments never count as peer data. For each peer, its newest final assessment (by assessment date) on the same framework is used. The state itself is not one of its peers.</source>
        <translation>Las evaluaciones en borrador nunca cuentan como datos de pares. Para cada par se utiliza su evaluación definitiva más reciente (por fecha de evaluación) sobre el mismo marco. El propio Estado no es uno de sus pares.</translation>
    </message>
    <message>
        <source>Peers used</source>
        <translation>Pares utilizados</translation>
    </message>
    <message>
        <source>No other member of %1 has a final assessment on this framework.</source>
        <translation>Ningún otro miembro de %1 tiene una evaluación definitiva sobre este marco.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>Fecha de la evaluación</translation>
    </message>
    <message>
        <source>Members without a final assessment</source>
        <translation>Miembros sin evaluación definitiva</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguno.</translation>
    </message>
    <message>
        <source>Working translation — the English text is authoritative. The framework&apos;s texts in this report (items, headings, sub-topics, quoted practices, the rating scale and the guiding questions) are this product&apos;s working translation of the official English text of Annexes C and D.</source>
        <translation>Traducción de trabajo — el texto en inglés hace fe. Los textos del marco en este informe (elementos, encabezados, subtemas, prácticas citadas, escala de calificación y preguntas orientativas) son la traducción de trabajo, hecha por este producto, del texto oficial en inglés de los anexos C y D.</translation>
    </message>
    <message>
        <source>Official translation (%1) — the English text is authoritative. The framework&apos;s texts in this report are taken from that translation.</source>
        <translation>Traducción oficial (%1) — el texto en inglés hace fe. Los textos del marco en este informe se toman de esa traducción.</translation>
    </message>
</context>
<context>
    <name>ReportNotesAnnex</name>
    <message>
        <source>Facilitator notes</source>
        <translation>Notas del facilitador</translation>
    </message>
    <message>
        <source>The facilitator&apos;s own notes on the items and the questions parked during the workshop to come back to. They are working notes, not findings of the team.</source>
        <translation>Las notas propias del facilitador sobre los elementos y las cuestiones aplazadas durante el taller para retomarlas. Son notas de trabajo, no conclusiones del equipo.</translation>
    </message>
    <message>
        <source>Notes by item</source>
        <translation>Notas por elemento</translation>
    </message>
    <message>
        <source>No facilitator notes were recorded.</source>
        <translation>No se registraron notas del facilitador.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Cuestiones pendientes</translation>
    </message>
    <message>
        <source>No questions were parked.</source>
        <translation>No se aplazó ninguna cuestión.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Cuestión</translation>
    </message>
    <message>
        <source>done</source>
        <translation>resuelta</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Cannot write %1: the font &quot;%2&quot; is not installed (Debian package %3)</source>
        <translation>No se puede escribir %1: la fuente «%2» no está instalada (paquete Debian %3)</translation>
    </message>
    <message>
        <source>Cannot write %1: painting a PDF needs a QGuiApplication</source>
        <translation>No se puede escribir %1: dibujar un PDF requiere una QGuiApplication</translation>
    </message>
    <message>
        <source>Unknown paper size &quot;%1&quot;: use a4 or letter</source>
        <translation>Tamaño de papel desconocido «%1»: use a4 o letter</translation>
    </message>
</context>
<context>
    <name>ReportRoundsChart</name>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>%1 (draft)</source>
        <translation>%1 (borrador)</translation>
    </message>
</context>
<context>
    <name>ReportRoundsPage</name>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>sin evaluar</translation>
    </message>
    <message>
        <source>Since the previous assessment</source>
        <translation>Desde la evaluación anterior</translation>
    </message>
    <message>
        <source>Compared with “%1” of %2 (%3), the previous round of this assessment under the rule stated in the methodology. A change is the current level minus the previous one; a move into or out of “not applicable” or “not assessed” is named instead. The explanation of change says whether practice changed (performance), the information did (evidence), the reading of the scale or the item did (method), or something else.</source>
        <translation>Comparación con «%1» del %2 (%3), la ronda anterior de esta evaluación según la regla expuesta en la metodología. Un cambio es el nivel actual menos el anterior; la entrada o salida de «no aplicable» o «sin evaluar» se indica por su nombre. La explicación del cambio indica si cambió la práctica (desempeño), la información (información), la lectura de la escala o del elemento (método) u otra cosa.</translation>
    </message>
    <message>
        <source>final</source>
        <translation>definitiva</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>Section means across rounds</source>
        <translation>Medias por sección a lo largo de las rondas</translation>
    </message>
    <message>
        <source>Mean of the rated items per section in every assessment of the state on this framework up to this one, as in the summary; drafts are marked.</source>
        <translation>Media de los elementos calificados por sección en cada evaluación del Estado sobre este marco hasta esta, como en el resumen; los borradores se señalan.</translation>
    </message>
    <message>
        <source>Items that changed (%1 of %2)</source>
        <translation>Elementos que cambiaron (%1 de %2)</translation>
    </message>
    <message>
        <source>No item is rated differently from the previous round.</source>
        <translation>Ningún elemento tiene una calificación distinta de la ronda anterior.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Explanation of change</source>
        <translation>Explicación del cambio</translation>
    </message>
    <message>
        <source>no explanation recorded</source>
        <translation>sin explicación registrada</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Actions completed since the previous round</source>
        <translation>Acciones terminadas desde la ronda anterior</translation>
    </message>
    <message>
        <source>None of the actions carried over from the previous round is done yet.</source>
        <translation>Ninguna de las acciones trasladadas de la ronda anterior está terminada todavía.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
</context>
<context>
    <name>ReportSpreadChart</name>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Peer median (n)</source>
        <translation>Med. pares (n)</translation>
    </message>
</context>
<context>
    <name>ReportTeamRecords</name>
    <message>
        <source>Ratings and rationale</source>
        <translation>Niveles y justificaciones</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>no aplicable</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>sin evaluar</translation>
    </message>
    <message>
        <source> · confidence: %1</source>
        <translation> · confianza: %1</translation>
    </message>
    <message>
        <source>No rationale has been recorded.</source>
        <translation>No se ha registrado ninguna justificación.</translation>
    </message>
    <message>
        <source>Checklist: sub-topics and quoted practices</source>
        <translation>Lista de verificación: subtemas y prácticas citadas</translation>
    </message>
    <message>
        <source>How far each sub-topic and each practice quoted in the official text is in place, as recorded by the national team.</source>
        <translation>Grado de implantación de cada subtema y de cada práctica citada en el texto oficial, según lo registrado por el equipo nacional.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Practice: %1 (%2)</source>
        <translation>Práctica: %1 (%2)</translation>
    </message>
    <message>
        <source>Priority actions</source>
        <translation>Acciones prioritarias</translation>
    </message>
    <message>
        <source>No actions have been recorded.</source>
        <translation>No se ha registrado ninguna acción.</translation>
    </message>
    <message>
        <source>Open and in-progress actions first, then by due date.</source>
        <translation>Primero las acciones abiertas y en curso; después, por fecha límite.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Annex: evidence</source>
        <translation>Anexo: evidencias</translation>
    </message>
    <message>
        <source>No evidence has been recorded.</source>
        <translation>No se ha registrado ninguna evidencia.</translation>
    </message>
    <message>
        <source>Evidence the national team attached to each item. Entries marked CONFIDENTIAL were flagged as confidential by the team.</source>
        <translation>Evidencias que el equipo nacional adjuntó a cada elemento. Las entradas marcadas CONFIDENCIAL fueron señaladas como confidenciales por el equipo.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>%1… (shortened; the full note is in the application)</source>
        <translation>%1… (abreviada; la nota completa está en la aplicación)</translation>
    </message>
    <message>
        <source>%1
%2
SHA-256: %3</source>
        <translation>%1
%2
SHA-256: %3</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>CONFIDENCIAL</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
</context>
<context>
    <name>ReportViewsAnnex</name>
    <message>
        <source>Where views differed</source>
        <translation>Dónde difirieron las opiniones</translation>
    </message>
    <message>
        <source>The participants&apos; views did not differ on any item.</source>
        <translation>Las opiniones de los participantes no difirieron en ningún elemento.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Views given</source>
        <translation>Opiniones dadas</translation>
    </message>
    <message>
        <source>Median (range)</source>
        <translation>Mediana (rango)</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Acordado</translation>
    </message>
    <message>
        <source>Dissent note</source>
        <translation>Opinión discrepante</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>(ninguna registrada)</translation>
    </message>
    <message>
        <source>Before agreeing its levels, the team collected the individual views of its participants (participants: %1; agencies: %2) from pre-assessment files, spreadsheets of votes, paper worksheets or votes in the room. An item counts as divergent when the levels given span two levels or more, or when some participants gave a level and others found the item not applicable. The median is that of the levels given (the mean of the two middle ones when their number is even); N/A views are counted apart.</source>
        <translation>Antes de acordar sus niveles, el equipo recogió las opiniones individuales de sus participantes (participantes: %1; organismos: %2) a partir de archivos de preevaluación, hojas de cálculo de votos, hojas en papel o votos en la sala. Un elemento se considera dispar cuando los niveles dados abarcan dos niveles o más, o cuando algunos participantes dieron un nivel y otros consideraron el elemento no aplicable. La mediana es la de los niveles dados (la media de los dos centrales cuando su número es par); las opiniones N/A se cuentan aparte.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Participants: %1.</source>
        <translation>Participantes: %1.</translation>
    </message>
    <message>
        <source>level %1: %2</source>
        <translation>nivel %1: %2</translation>
    </message>
    <message>
        <source>N/A: %1</source>
        <translation>N/A: %1</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>not agreed</source>
        <translation>sin acordar</translation>
    </message>
</context>
<context>
    <name>ResponseRecords</name>
    <message>
        <source>an item is either scored or not applicable, not both</source>
        <translation>un elemento se puntúa o es no aplicable, no ambas cosas</translation>
    </message>
    <message>
        <source>this framework does not allow &quot;not applicable&quot;</source>
        <translation>este marco no admite «no aplicable»</translation>
    </message>
    <message>
        <source>score %1 is off the scale %2–%3</source>
        <translation>la puntuación %1 está fuera de la escala %2–%3</translation>
    </message>
    <message>
        <source>target %1 is off the scale %2–%3</source>
        <translation>la meta %1 está fuera de la escala %2–%3</translation>
    </message>
</context>
<context>
    <name>RoomViewsSection</name>
    <message>
        <source>Views in the room</source>
        <translation>Opiniones en la sala</translation>
    </message>
    <message>
        <source>No participant&apos;s view yet. Import a spreadsheet of votes or a participant&apos;s own assessment, or drop the file on this page.</source>
        <translation>Aún no hay opiniones de participantes. Importe una hoja de votos o la evaluación propia de un participante, o suelte el archivo en esta página.</translation>
    </message>
    <message>
        <source>Participants: %1 · agencies: %2 · views on this item: %3</source>
        <translation>Participantes: %1 · organismos: %2 · opiniones sobre este elemento: %3</translation>
    </message>
    <message>
        <source>%1: %2 of the participants</source>
        <translation>%1: %2 de los participantes</translation>
    </message>
    <message>
        <source>No level given: all views are N/A.</source>
        <translation>Ningún nivel indicado: todas las opiniones son N/A.</translation>
    </message>
    <message>
        <source>Median %1 · range %2</source>
        <translation>Mediana %1 · rango %2</translation>
    </message>
    <message>
        <source>Views differ here: discuss the differences before agreeing a level.</source>
        <translation>Las opiniones difieren aquí: debatan las diferencias antes de acordar un nivel.</translation>
    </message>
    <message>
        <source>Take the median (level %1)</source>
        <translation>Adoptar la mediana (nivel %1)</translation>
    </message>
    <message>
        <source>Next item where views differ (%1)</source>
        <translation>Siguiente elemento con opiniones dispares (%1)</translation>
    </message>
    <message>
        <source>Import views…</source>
        <translation>Importar opiniones…</translation>
    </message>
    <message>
        <source>Import participants&apos; views from a file</source>
        <translation>Importar las opiniones de los participantes desde un archivo</translation>
    </message>
    <message>
        <source>Print worksheets…</source>
        <translation>Imprimir hojas…</translation>
    </message>
    <message>
        <source>Print participant worksheets for rooms without devices</source>
        <translation>Imprimir hojas de trabajo para salas sin dispositivos</translation>
    </message>
    <message>
        <source>Enter paper worksheets…</source>
        <translation>Introducir hojas en papel…</translation>
    </message>
    <message>
        <source>Type in the participants&apos; paper worksheets</source>
        <translation>Introducir las hojas en papel de los participantes</translation>
    </message>
    <message>
        <source>Show names</source>
        <translation>Mostrar nombres</translation>
    </message>
    <message>
        <source>Show the participants&apos; names with their comments</source>
        <translation>Mostrar los nombres de los participantes con sus comentarios</translation>
    </message>
    <message>
        <source>“%1” (%2; %3)</source>
        <translation>«%1» (%2; %3)</translation>
    </message>
    <message>
        <source>Choose a spreadsheet of votes or a participant&apos;s assessment</source>
        <translation>Elegir una hoja de votos o la evaluación de un participante</translation>
    </message>
    <message>
        <source>Participants&apos; views (*.csv *.json)</source>
        <translation>Opiniones de los participantes (*.csv *.json)</translation>
    </message>
</context>
<context>
    <name>RoundComparison</name>
    <message>
        <source>assessment %1 uses framework %2 but %3 uses %4: only assessments of the same framework can be compared</source>
        <translation>la evaluación %1 usa el marco %2 pero %3 usa %4: solo se pueden comparar evaluaciones del mismo marco</translation>
    </message>
</context>
<context>
    <name>RoundMovers</name>
    <message>
        <source>Moved up most since the previous round</source>
        <translation>Mayores subidas desde la ronda anterior</translation>
    </message>
    <message>
        <source>Moved down most since the previous round</source>
        <translation>Mayores bajadas desde la ronda anterior</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguno.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>RoundsFormatter</name>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>%1 draft</source>
        <translation>%1 borrador</translation>
    </message>
    <message>
        <source>no category</source>
        <translation>sin categoría</translation>
    </message>
    <message>
        <source>
Explanations of change:
</source>
        <translation>
Explicaciones del cambio:
</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2), framework %3: %n round(s)

</source>
        <translation>
            <numerusform>%1 (%2), marco %3: %n ronda

</numerusform>
            <numerusform>%1 (%2), marco %3: %n rondas

</numerusform>
        </translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>
Change: %1 against the previous round of %2 (%3)
</source>
        <translation>
Cambio: %1 respecto de la ronda anterior del %2 (%3)
</translation>
    </message>
    <message>
        <source>
No previous round to compare the newest with.
</source>
        <translation>
No hay ronda anterior con la que comparar la más reciente.
</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>From %1 (%2)
To   %3 (%4)

</source>
        <translation>De %1 (%2)
A  %3 (%4)

</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message numerus="yes">
        <source>
%1 of %n item(s) changed.
</source>
        <translation>
            <numerusform>
%1 de %n elemento cambió.
</numerusform>
            <numerusform>
%1 de %n elementos cambiaron.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveFileDialog</name>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Folder to save in</source>
        <translation>Carpeta donde guardar</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose the folder to save in</source>
        <translation>Elegir la carpeta donde guardar</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nombre del archivo</translation>
    </message>
    <message>
        <source>File name, or a path</source>
        <translation>Nombre del archivo, o una ruta</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>SaveIndicator</name>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Every change is saved at once. Last saved %1</source>
        <translation>Cada cambio se guarda al instante. Último guardado: %1</translation>
    </message>
</context>
<context>
    <name>SaveLocation</name>
    <message>
        <source>type a file name to save to</source>
        <translation>escriba el nombre del archivo donde guardar</translation>
    </message>
    <message>
        <source>choose a folder to save &quot;%1&quot; in</source>
        <translation>elija una carpeta donde guardar «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder; type a file name</source>
        <translation>«%1» es una carpeta; escriba un nombre de archivo</translation>
    </message>
    <message>
        <source>%1: the folder does not exist</source>
        <translation>%1: la carpeta no existe</translation>
    </message>
</context>
<context>
    <name>SavedFileNotice</name>
    <message>
        <source>Open file</source>
        <translation>Abrir archivo</translation>
    </message>
    <message>
        <source>Open the saved file</source>
        <translation>Abrir el archivo guardado</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Open the folder of the saved file</source>
        <translation>Abrir la carpeta del archivo guardado</translation>
    </message>
</context>
<context>
    <name>ScoreCard</name>
    <message>
        <source>%1: mean level %2 of %3, %4 of %5 items assessed</source>
        <translation>%1: nivel medio %2 de %3, %4 de %5 elementos evaluados</translation>
    </message>
    <message>
        <source>mean level of %1</source>
        <translation>nivel medio de %1</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <source>Coverage: %1 of %2 assessed (%3 scored, %4 N/A)</source>
        <translation>Cobertura: %1 de %2 evaluados (%3 calificados, %4 N/A)</translation>
    </message>
</context>
<context>
    <name>SharedFigureRecords</name>
    <message>
        <source>%1 assessment of %2 (shared copy)</source>
        <translation>Evaluación %1 del %2 (copia compartida)</translation>
    </message>
    <message>
        <source>%1: no final assessment with id &quot;%2&quot; among the shared figures this login may read</source>
        <translation>%1: no hay ninguna evaluación definitiva con el identificador «%2» entre las cifras compartidas que este usuario puede leer</translation>
    </message>
</context>
<context>
    <name>SqlConnection</name>
    <message>
        <source>%1: cannot open the database: %2</source>
        <translation>%1: no se puede abrir la base de datos: %2</translation>
    </message>
    <message>
        <source>%1: the database is damaged (%2): run `iamm check`; %3</source>
        <translation>%1: la base de datos está dañada (%2): ejecute `iamm check`; %3</translation>
    </message>
    <message>
        <source>%1: the database is read-only (%2), nothing was saved</source>
        <translation>%1: la base de datos es de solo lectura (%2), no se guardó nada</translation>
    </message>
    <message>
        <source>%1: database error: %2 (in: %3)</source>
        <translation>%1: error de la base de datos: %2 (en: %3)</translation>
    </message>
    <message>
        <source>%1: cannot save: %2</source>
        <translation>%1: no se puede guardar: %2</translation>
    </message>
</context>
<context>
    <name>SqliteEngine</name>
    <message>
        <source>%1: no database there, and it was opened read-only</source>
        <translation>%1: no hay ninguna base de datos ahí, y se abrió en modo de solo lectura</translation>
    </message>
    <message>
        <source>%1: cannot create the folder for the database</source>
        <translation>%1: no se puede crear la carpeta de la base de datos</translation>
    </message>
    <message>
        <source>as requested</source>
        <translation>según lo solicitado</translation>
    </message>
    <message>
        <source>%1: cannot switch the database to write-ahead logging (journal mode is %2)</source>
        <translation>%1: no se puede pasar la base de datos al registro de escritura anticipada (write-ahead logging; el modo de diario es %2)</translation>
    </message>
    <message>
        <source>%1: a SQLite database of another program (tables %2), not an IAMM database; it was left unchanged</source>
        <translation>%1: una base de datos SQLite de otro programa (tablas %2), no una base de datos de IAMM; no se modificó</translation>
    </message>
    <message>
        <source>%1: cannot start a transaction: %2</source>
        <translation>%1: no se puede iniciar una transacción: %2</translation>
    </message>
    <message>
        <source>%1; it was left unchanged (run `iamm check`; %2)</source>
        <translation>%1; no se modificó (ejecute `iamm check`; %2)</translation>
    </message>
    <message>
        <source>%1: table %2 row %3 refers to a missing %4 row</source>
        <translation>%1: la fila %3 de la tabla %2 remite a una fila %4 que falta</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message numerus="yes">
        <source>Imported %n assessment(s).</source>
        <translation>
            <numerusform>%n evaluación importada.</numerusform>
            <numerusform>%n evaluaciones importadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported for sharing to %1</source>
        <translation>Exportado para compartir en %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado en %1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Copia de seguridad guardada en %1</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>Backups: %1 (on closing after changes and before upgrades; the newest 10 are kept)</source>
        <translation>Copias de seguridad: %1 (al cerrar tras cambios y antes de actualizaciones; se conservan las 10 más recientes)</translation>
    </message>
    <message>
        <source>Peer groups…</source>
        <translation>Grupos de pares…</translation>
    </message>
    <message>
        <source>Show and edit the peer groups</source>
        <translation>Ver y editar los grupos de pares</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Hacer copia…</translation>
    </message>
    <message>
        <source>Write a backup of the database into %1</source>
        <translation>Escribir una copia de seguridad de la base de datos en %1</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <source>Replace the database by a backup</source>
        <translation>Reemplazar la base de datos por una copia de seguridad</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import assessments from exchange files</source>
        <translation>Importar evaluaciones desde archivos de intercambio</translation>
    </message>
    <message>
        <source>New assessment…</source>
        <translation>Nueva evaluación…</translation>
    </message>
    <message>
        <source>Create a new assessment</source>
        <translation>Crear una nueva evaluación</translation>
    </message>
    <message>
        <source>Drop exchange files (.json) to import them</source>
        <translation>Suelte archivos de intercambio (.json) para importarlos</translation>
    </message>
    <message>
        <source>Exchange files (*.json)</source>
        <translation>Archivos de intercambio (*.json)</translation>
    </message>
    <message>
        <source>Export for sharing (no typed text, no confidential items)</source>
        <translation>Exportar para compartir (sin texto escrito ni elementos confidenciales)</translation>
    </message>
    <message>
        <source>Export the assessment</source>
        <translation>Exportar la evaluación</translation>
    </message>
    <message>
        <source>Restore the database from a backup</source>
        <translation>Restaurar la base de datos desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Databases (*.sqlite)</source>
        <translation>Bases de datos (*.sqlite)</translation>
    </message>
    <message>
        <source>Replace the database by the backup %1? The current database is kept beside it as “…replaced-DATE”.</source>
        <translation>¿Reemplazar la base de datos por la copia %1? La base actual se conserva a su lado como «…replaced-DATE».</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restored from %1</source>
        <translation>Restaurado desde %1</translation>
    </message>
    <message>
        <source>Replace assessment %1 with the imported file? Its ratings, evidence and actions in this database are replaced.</source>
        <translation>¿Reemplazar la evaluación %1 por el archivo importado? Se reemplazan sus niveles, evidencias y acciones en esta base de datos.</translation>
    </message>
    <message>
        <source>Replace assessment?</source>
        <translation>¿Reemplazar la evaluación?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Delete the assessment “%1” of %2 with all its ratings, evidence and actions? This cannot be undone.</source>
        <translation>¿Eliminar la evaluación «%1» de %2 con todos sus niveles, evidencias y acciones? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete assessment</source>
        <translation>Eliminar la evaluación</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Backups: kept by the server&apos;s administrator</source>
        <translation>Copias de seguridad: a cargo del administrador del servidor</translation>
    </message>
    <message>
        <source>Open database…</source>
        <translation>Abrir base de datos…</translation>
    </message>
    <message>
        <source>Open another database file or a shared database on a server</source>
        <translation>Abrir otro archivo de base de datos o una base de datos compartida en un servidor</translation>
    </message>
</context>
<context>
    <name>StateCatalog</name>
    <message>
        <source>%1: cannot read the state name aliases: %2</source>
        <translation>%1: no se pueden leer los otros nombres de los Estados: %2</translation>
    </message>
    <message>
        <source>every alias needs its source</source>
        <translation>cada otro nombre necesita su fuente</translation>
    </message>
    <message>
        <source>unknown state code &quot;%1&quot;</source>
        <translation>código de Estado desconocido «%1»</translation>
    </message>
    <message>
        <source>%1: cannot read the demo states: %2</source>
        <translation>%1: no se pueden leer los Estados de demostración: %2</translation>
    </message>
    <message>
        <source>demo codes must be user-assigned (XAA–XZZ)</source>
        <translation>los códigos de demostración deben ser de asignación por el usuario (XAA–XZZ)</translation>
    </message>
    <message>
        <source>%1: cannot read the ISO 3166 country codes (is the iso-codes package installed?): %2</source>
        <translation>%1: no se pueden leer los códigos de país ISO 3166 (¿está instalado el paquete iso-codes?): %2</translation>
    </message>
</context>
<context>
    <name>StateRoundsHeading</name>
    <message numerus="yes">
        <source>%1 (%2) · %n round(s), newest first</source>
        <translation>
            <numerusform>%1 (%2) · %n ronda, la más reciente primero</numerusform>
            <numerusform>%1 (%2) · %n rondas, la más reciente primero</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusChangeDialog</name>
    <message>
        <source>Reopen the assessment “%1” of %2 as a draft? It can then be changed again, and it no longer counts as a final assessment in peer comparisons until it is finalized again.</source>
        <translation>¿Reabrir la evaluación «%1» de %2 como borrador? Podrá volver a modificarse y dejará de contar como evaluación definitiva en las comparaciones entre pares hasta que se finalice de nuevo.</translation>
    </message>
    <message>
        <source>Every item is assessed.</source>
        <translation>Todos los elementos están evaluados.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still unassessed.</source>
        <translation>
            <numerusform>Queda %n elemento sin evaluar.</numerusform>
            <numerusform>Quedan %n elementos sin evaluar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finalize the assessment “%1” of %2? %3 A final assessment is read-only and counts in peer comparisons; you can reopen it later from this page.</source>
        <translation>¿Finalizar la evaluación «%1» de %2? %3 Una evaluación definitiva es de solo lectura y cuenta en las comparaciones entre pares; podrá reabrirla más tarde desde esta página.</translation>
    </message>
    <message>
        <source>Reopen assessment</source>
        <translation>Reabrir la evaluación</translation>
    </message>
    <message>
        <source>Finalize assessment</source>
        <translation>Finalizar la evaluación</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>Finalizar</translation>
    </message>
</context>
<context>
    <name>StatusChip</name>
    <message>
        <source>Final</source>
        <translation>Definitiva</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
</context>
<context>
    <name>StoreContext</name>
    <message>
        <source>%1: framework snapshot %2 is missing</source>
        <translation>%1: falta la instantánea del marco %2</translation>
    </message>
    <message>
        <source>framework %1 has no item &quot;%2&quot; (items are %3 … %4)</source>
        <translation>el marco %1 no tiene ningún elemento «%2» (los elementos van de %3 a %4)</translation>
    </message>
    <message>
        <source>%1: no assessment with id &quot;%2&quot;</source>
        <translation>%1: no hay ninguna evaluación con el identificador «%2»</translation>
    </message>
    <message>
        <source>assessment %1 is final; reopen it before changing it</source>
        <translation>la evaluación %1 es definitiva; reábrala antes de modificarla</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary: %1 – %2 (%3)</source>
        <translation>Resumen: %1 – %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Todos los elementos</translation>
    </message>
    <message>
        <source>Levels and targets of all %1 items</source>
        <translation>Niveles y metas de los %1 elementos</translation>
    </message>
    <message>
        <source>Each bar and the number above it show the level the team agreed (level 0 is a short outlined bar, &quot;–&quot; means not rated); the horizontal line across a bar marks the target. Choose a bar to open the item.</source>
        <translation>Cada barra y la cifra encima indican el nivel acordado por el equipo (el nivel 0 es una barra corta con contorno, «–» significa sin calificar); la línea horizontal sobre una barra marca la meta. Elija una barra para abrir el elemento.</translation>
    </message>
    <message>
        <source>Largest gaps to target</source>
        <translation>Mayores brechas respecto a la meta</translation>
    </message>
    <message>
        <source>No rated item is below its target.</source>
        <translation>Ningún elemento calificado está por debajo de su meta.</translation>
    </message>
    <message>
        <source>Rated items below their target, largest gap first.</source>
        <translation>Elementos calificados por debajo de su meta, de mayor a menor brecha.</translation>
    </message>
    <message>
        <source>%1, gap %2: %3</source>
        <translation>%1, brecha %2: %3</translation>
    </message>
    <message>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <source>%1: level %2, target %3</source>
        <translation>%1: nivel %2, meta %3</translation>
    </message>
    <message>
        <source>Across rounds</source>
        <translation>A lo largo de las rondas</translation>
    </message>
    <message>
        <source>Section and overall means of every assessment of %1 on this framework, oldest first.</source>
        <translation>Medias por sección y globales de cada evaluación de %1 en este marco, de la más antigua a la más reciente.</translation>
    </message>
</context>
<context>
    <name>TableExporter</name>
    <message>
        <source>Cannot write the table %1: %2</source>
        <translation>No se puede escribir la tabla %1: %2</translation>
    </message>
    <message>
        <source>Cannot write a spreadsheet cell: %1</source>
        <translation>No se puede escribir una celda de la hoja de cálculo: %1</translation>
    </message>
    <message>
        <source>Cannot write the table %1: out of memory</source>
        <translation>No se puede escribir la tabla %1: memoria insuficiente</translation>
    </message>
    <message>
        <source>Unknown table format &quot;%1&quot; for %2: use csv or xlsx</source>
        <translation>Formato de tabla desconocido «%1» para %2: use csv o xlsx</translation>
    </message>
    <message>
        <source>state_code</source>
        <translation>Código Estado</translation>
    </message>
    <message>
        <source>state_name</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>assessment_id</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>assessment_date</source>
        <translation>Fecha de la evaluación</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>Falta</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>States x items</source>
        <translation>Estados x elementos</translation>
    </message>
</context>
<context>
    <name>TallyPage</name>
    <message>
        <source>Enter paper worksheets</source>
        <translation>Introducir hojas en papel</translation>
    </message>
    <message>
        <source>Type 0–4 or N for each item: the cursor moves to the next item. Backspace clears, arrows move, Enter moves down. Ctrl+S saves.</source>
        <translation>Escriba 0–4 o N para cada elemento: el cursor pasa al siguiente. Retroceso borra, las flechas mueven, Intro baja. Ctrl+S guarda.</translation>
    </message>
    <message>
        <source>Participants&apos; views by item</source>
        <translation>Opiniones de los participantes por elemento</translation>
    </message>
    <message>
        <source>No participant yet: add one for each worksheet below.</source>
        <translation>Aún no hay participantes: añada uno por cada hoja a continuación.</translation>
    </message>
    <message>
        <source>Participant&apos;s name</source>
        <translation>Nombre del participante</translation>
    </message>
    <message>
        <source>Name of the participant to add</source>
        <translation>Nombre del participante que se añadirá</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <source>Agency of the participant to add</source>
        <translation>Organismo del participante que se añadirá</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Añadir participante</translation>
    </message>
    <message>
        <source>Remove this participant</source>
        <translation>Quitar este participante</translation>
    </message>
    <message>
        <source>Remove the participant of the current row</source>
        <translation>Quitar el participante de la fila actual</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the views (Ctrl+S)</source>
        <translation>Guardar las opiniones (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>TargetAndConfidence</name>
    <message>
        <source>Target level</source>
        <translation>Nivel meta</translation>
    </message>
    <message>
        <source>Where the team wants this item to be; without a choice the framework&apos;s default target counts.</source>
        <translation>Dónde quiere el equipo que esté este elemento; sin elección, cuenta la meta predeterminada del marco.</translation>
    </message>
    <message>
        <source>Confidence in the rating</source>
        <translation>Confianza en el nivel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
</context>
<context>
    <name>TeamRoster</name>
    <message>
        <source>assessment %1 has no team members</source>
        <translation>la evaluación %1 no tiene miembros del equipo</translation>
    </message>
    <message>
        <source>assessment %1 has no team member %2 (members are 1 to %3)</source>
        <translation>la evaluación %1 no tiene el miembro del equipo %2 (los miembros van del 1 al %3)</translation>
    </message>
</context>
<context>
    <name>TranslationMark</name>
    <message>
        <source>English original — the authoritative text</source>
        <translation>Original en inglés — el texto que hace fe</translation>
    </message>
    <message>
        <source>Show translation</source>
        <translation>Mostrar la traducción</translation>
    </message>
    <message>
        <source>Show English</source>
        <translation>Mostrar el inglés</translation>
    </message>
    <message>
        <source>Switches the framework&apos;s texts between the translation and the English original (Ctrl+E)</source>
        <translation>Alterna los textos del marco entre la traducción y el original en inglés (Ctrl+E)</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Section and overall means across the rounds</source>
        <translation>Medias por sección y globales a lo largo de las rondas</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Hollow points: draft</source>
        <translation>Puntos huecos: borrador</translation>
    </message>
</context>
<context>
    <name>TrendLoader</name>
    <message>
        <source>%1 is not an ISO 3166 alpha-3 state code</source>
        <translation>%1 no es un código de Estado ISO 3166 alfa-3</translation>
    </message>
    <message>
        <source>%1 has no final assessment on framework %2</source>
        <translation>%1 no tiene ninguna evaluación definitiva sobre el marco %2</translation>
    </message>
    <message>
        <source>%1 has no assessment on framework %2</source>
        <translation>%1 no tiene ninguna evaluación sobre el marco %2</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>assessment status %1 is not one of %2</source>
        <translation>el estado de la evaluación %1 no es uno de los valores %2</translation>
    </message>
    <message>
        <source>evidence kind %1 is not one of %2</source>
        <translation>el tipo de evidencia %1 no es uno de los valores %2</translation>
    </message>
    <message>
        <source>confidence %1 is not one of %2</source>
        <translation>la confianza %1 no es uno de los valores %2</translation>
    </message>
    <message>
        <source>checklist status %1 is not one of %2</source>
        <translation>el estado de la lista de control %1 no es uno de los valores %2</translation>
    </message>
    <message>
        <source>action status %1 is not one of %2</source>
        <translation>el estado de la acción %1 no es uno de los valores %2</translation>
    </message>
    <message>
        <source>change reason %1 is not one of %2</source>
        <translation>el motivo del cambio %1 no es uno de los valores %2</translation>
    </message>
    <message>
        <source>action review %1 is not one of %2</source>
        <translation>la revisión de la acción %1 no es uno de los valores %2</translation>
    </message>
</context>
<context>
    <name>VocabularyText</name>
    <message>
        <source>final</source>
        <translation>definitiva</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>link</source>
        <translation>enlace</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>low</source>
        <translation>baja</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>media</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>in place</source>
        <translation>implantado</translation>
    </message>
    <message>
        <source>partly in place</source>
        <translation>parcialmente implantado</translation>
    </message>
    <message>
        <source>not in place</source>
        <translation>no implantado</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>no aplicable</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>descartada</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>por revisar</translation>
    </message>
    <message>
        <source>continuing</source>
        <translation>continúa</translation>
    </message>
</context>
<context>
    <name>VoteRequest</name>
    <message>
        <source>the vote has %1 bytes; at most %2 are allowed</source>
        <translation>el voto tiene %1 bytes; se admiten como máximo %2</translation>
    </message>
    <message>
        <source>the vote is not a JSON object</source>
        <translation>el voto no es un objeto JSON</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>campo desconocido «%1»</translation>
    </message>
    <message>
        <source>&quot;code&quot; must be a string</source>
        <translation>«code» debe ser una cadena de texto</translation>
    </message>
    <message>
        <source>&quot;client&quot; must be %1–%2 letters, digits, - or _</source>
        <translation>«client» debe tener de %1 a %2 letras, cifras, - o _</translation>
    </message>
    <message>
        <source>&quot;item&quot; must be an item id</source>
        <translation>«item» debe ser el identificador de un elemento</translation>
    </message>
    <message>
        <source>a vote is a &quot;score&quot; from 0 to 4 or &quot;na&quot;: true, one of the two</source>
        <translation>un voto es un «score» de 0 a 4 o «na»: true, uno de los dos</translation>
    </message>
    <message>
        <source>&quot;name&quot; and &quot;agency&quot; are texts of at most %1 characters</source>
        <translation>«name» y «agency» son textos de como máximo %1 caracteres</translation>
    </message>
</context>
<context>
    <name>VotingSetupDialog</name>
    <message>
        <source>Start live voting</source>
        <translation>Iniciar la votación en directo</translation>
    </message>
    <message>
        <source>Participants vote from their phones on this computer&apos;s own voting page, on the local network only. They need the session code shown on the screen; nobody sees who voted what.</source>
        <translation>Los participantes votan desde su teléfono en la página de votación de este ordenador, solo en la red local. Necesitan el código de sesión que aparece en pantalla; nadie ve quién votó qué.</translation>
    </message>
    <message>
        <source>Network address</source>
        <translation>Dirección de red</translation>
    </message>
    <message>
        <source>Network address to serve the voting page on</source>
        <translation>Dirección de red en la que servir la página de votación</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Port of the voting page</source>
        <translation>Puerto de la página de votación</translation>
    </message>
    <message>
        <source>Start voting</source>
        <translation>Iniciar la votación</translation>
    </message>
    <message>
        <source>Start serving the voting page and open the vote on this item</source>
        <translation>Servir la página de votación y abrir la votación sobre este elemento</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>WindowScreenshot</name>
    <message numerus="yes">
        <source>QML reported %n warning(s); first: %1</source>
        <translation>
            <numerusform>QML notificó %n advertencia; la primera: %1</numerusform>
            <numerusform>QML notificó %n advertencias; la primera: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the window is blank (%1×%2, one colour)</source>
        <translation>la ventana está en blanco (%1×%2, un solo color)</translation>
    </message>
    <message>
        <source>%1: cannot save the screenshot</source>
        <translation>%1: no se puede guardar la captura de pantalla</translation>
    </message>
    <message>
        <source>the window was never shown</source>
        <translation>la ventana nunca se mostró</translation>
    </message>
</context>
<context>
    <name>WorksheetDialog</name>
    <message>
        <source>Worksheet saved to %1</source>
        <translation>Hoja guardada en %1</translation>
    </message>
    <message>
        <source>Print participant worksheets</source>
        <translation>Imprimir hojas de los participantes</translation>
    </message>
    <message>
        <source>A printable form with every item&apos;s official text, the five levels and boxes for 0–4 and N/A, for participants to fill in by hand. Enter the sheets afterwards with “Enter paper worksheets”, or import them as a spreadsheet of votes.</source>
        <translation>Un formulario imprimible con el texto oficial de cada elemento, los cinco niveles y casillas para 0–4 y N/A, para que los participantes lo rellenen a mano. Después introduzca las hojas con «Introducir hojas en papel», o impórtelas como hoja de votos.</translation>
    </message>
    <message>
        <source>Participant&apos;s name (empty: a blank line to write on)</source>
        <translation>Nombre del participante (vacío: una línea para escribir)</translation>
    </message>
    <message>
        <source>Participant&apos;s name for the worksheet</source>
        <translation>Nombre del participante para la hoja</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>A4 paper</source>
        <translation>Papel A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>US Letter paper</source>
        <translation>Papel Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Choose file and save…</source>
        <translation>Elegir archivo y guardar…</translation>
    </message>
    <message>
        <source>Choose where to save the worksheet and save it</source>
        <translation>Elegir dónde guardar la hoja y guardarla</translation>
    </message>
    <message>
        <source>%1-worksheet.pdf</source>
        <translation>%1-hoja.pdf</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Save the worksheet</source>
        <translation>Guardar la hoja</translation>
    </message>
</context>
<context>
    <name>WorksheetDocument</name>
    <message>
        <source>IAMM participant worksheet – %1</source>
        <translation>Hoja del participante IAMM – %1</translation>
    </message>
    <message>
        <source>IAMM participant worksheet · %1</source>
        <translation>Hoja del participante IAMM · %1</translation>
    </message>
    <message>
        <source>IAMM participant worksheet</source>
        <translation>Hoja del participante IAMM</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Assessment %1</source>
        <translation>Evaluación %1</translation>
    </message>
    <message>
        <source>How to fill in this worksheet</source>
        <translation>Cómo rellenar esta hoja</translation>
    </message>
    <message>
        <source>Mark one box per item: the level that best describes the situation today, or N/A if the item does not apply. Leave an item blank if you have no view. Add a comment if you wish.</source>
        <translation>Marque una casilla por elemento: el nivel que mejor describe la situación actual, o N/A si el elemento no se aplica. Deje un elemento en blanco si no tiene opinión. Añada un comentario si lo desea.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <source>The levels</source>
        <translation>Los niveles</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Denominación</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>The item does not apply.</source>
        <translation>El elemento no se aplica.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Participant: %1</source>
        <translation>Participante: %1</translation>
    </message>
    <message>
        <source>Working translation — the English text is authoritative</source>
        <translation>Traducción de trabajo — el texto en inglés hace fe</translation>
    </message>
</context>
<context>
    <name>WorksheetItemRow</name>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
</context>
<context>
    <name>iamm::ActionConflict</name>
    <message>
        <source>the action %1 of %2 was changed at %3 after you opened it; your change was not saved</source>
        <translation>la acción %1 de %2 fue modificada el %3 después de que usted la abriera; su cambio no se guardó</translation>
    </message>
    <message>
        <source>the action %1 of %2 was changed by %3 at %4 after you opened it; your change was not saved</source>
        <translation>la acción %1 de %2 fue modificada por %3 el %4 después de que usted la abriera; su cambio no se guardó</translation>
    </message>
    <message>
        <source>the action %1 of %2 was removed after you opened it; your change was not saved</source>
        <translation>la acción %1 de %2 fue eliminada después de que usted la abriera; su cambio no se guardó</translation>
    </message>
    <message>
        <source>the action %1 of %2 was removed by %3 at %4 after you opened it; your change was not saved</source>
        <translation>la acción %1 de %2 fue eliminada por %3 el %4 después de que usted la abriera; su cambio no se guardó</translation>
    </message>
</context>
<context>
    <name>iamm::ChecklistConflict</name>
    <message>
        <source>the checklist status of %1 was changed after you opened it; your change was not saved</source>
        <translation>el estado de %1 en la lista de verificación fue modificado después de que usted lo abriera; su cambio no se guardó</translation>
    </message>
    <message>
        <source>the checklist status of %1 was changed by %2 at %3 after you opened it; your change was not saved</source>
        <translation>el estado de %1 en la lista de verificación fue modificado por %2 el %3 después de que usted lo abriera; su cambio no se guardó</translation>
    </message>
</context>
<context>
    <name>iamm::EditConflict</name>
    <message>
        <source>%1 was changed at %2 after you opened it; your change was not saved</source>
        <translation>%1 fue modificado el %2 después de que usted lo abriera; su cambio no se guardó</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 after you opened it; your change was not saved</source>
        <translation>%1 fue modificado por %2 el %3 después de que usted lo abriera; su cambio no se guardó</translation>
    </message>
</context>
<context>
    <name>iamm::FacilitatorNoteConflict</name>
    <message>
        <source>the facilitator&apos;s note on %1 was changed after you opened it; your change was not saved</source>
        <translation>la nota del facilitador sobre %1 fue modificada después de que usted la abriera; su cambio no se guardó</translation>
    </message>
    <message>
        <source>the facilitator&apos;s note on %1 was changed by %2 at %3 after you opened it; your change was not saved</source>
        <translation>la nota del facilitador sobre %1 fue modificada por %2 el %3 después de que usted la abriera; su cambio no se guardó</translation>
    </message>
</context>
<context>
    <name>iamm::PollServer</name>
    <message>
        <source>the session code must be 6 digits, not &quot;%1&quot;</source>
        <translation>el código de sesión debe tener 6 cifras, no «%1»</translation>
    </message>
    <message>
        <source>too many requests from this address</source>
        <translation>demasiadas solicitudes desde esta dirección</translation>
    </message>
    <message>
        <source>no such page</source>
        <translation>página no encontrada</translation>
    </message>
    <message>
        <source>wrong session code</source>
        <translation>código de sesión incorrecto</translation>
    </message>
    <message>
        <source>too many requests from this client</source>
        <translation>demasiadas solicitudes de este cliente</translation>
    </message>
    <message>
        <source>the level is off the item&apos;s scale</source>
        <translation>el nivel está fuera de la escala del elemento</translation>
    </message>
    <message>
        <source>this item cannot be &quot;not applicable&quot;</source>
        <translation>este elemento no puede ser «no aplicable»</translation>
    </message>
    <message>
        <source>the vote is open on another item</source>
        <translation>la votación está abierta en otro elemento</translation>
    </message>
    <message>
        <source>the vote is closed</source>
        <translation>la votación está cerrada</translation>
    </message>
    <message>
        <source>cannot serve the vote on %1 port %2: %3</source>
        <translation>no se puede servir la votación en %1, puerto %2: %3</translation>
    </message>
</context>
<context>
    <name>iamm::TeamConflict</name>
    <message>
        <source>the team of %1 was changed after you opened it; your change was not saved</source>
        <translation>el equipo de %1 fue modificado después de que usted lo abriera; su cambio no se guardó</translation>
    </message>
    <message>
        <source>the team of %1 was changed by %2 at %3 after you opened it; your change was not saved</source>
        <translation>el equipo de %1 fue modificado por %2 el %3 después de que usted lo abriera; su cambio no se guardó</translation>
    </message>
</context>
<context>
    <name>iamm::gui::ActionController</name>
    <message>
        <source>&quot;%1&quot; is not a date; enter the due date as YYYY-MM-DD</source>
        <translation>«%1» no es una fecha; introduzca el vencimiento como AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Not refreshed</source>
        <translation>No actualizado</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsable: %1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Vence: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
</context>
<context>
    <name>iamm::gui::AgendaController</name>
    <message>
        <source>No assessment is open.</source>
        <translation>No hay ninguna evaluación abierta.</translation>
    </message>
    <message>
        <source>The agenda was not saved.</source>
        <translation>No se guardó el orden del día.</translation>
    </message>
</context>
<context>
    <name>iamm::gui::DatabaseChooser</name>
    <message>
        <source>no workshop to open the database in</source>
        <translation>no hay ningún taller en el que abrir la base de datos</translation>
    </message>
    <message>
        <source>type a database address or choose a database file</source>
        <translation>escriba la dirección de una base de datos o elija un archivo de base de datos</translation>
    </message>
    <message>
        <source>%1: there is no database file there</source>
        <translation>%1: no hay ningún archivo de base de datos ahí</translation>
    </message>
</context>
<context>
    <name>iamm::gui::EvidenceController</name>
    <message>
        <source>%1: cannot write a copy to open it: %2</source>
        <translation>%1: no se puede escribir una copia para abrirlo: %2</translation>
    </message>
    <message>
        <source>No application could open %1</source>
        <translation>Ninguna aplicación pudo abrir %1</translation>
    </message>
    <message>
        <source>Not refreshed</source>
        <translation>No actualizado</translation>
    </message>
</context>
<context>
    <name>iamm::gui::FacilitationController</name>
    <message>
        <source>Not refreshed</source>
        <translation>No actualizado</translation>
    </message>
</context>
<context>
    <name>iamm::gui::FrameworkLanguage</name>
    <message>
        <source>Official translation (%1) — the English text is authoritative</source>
        <translation>Traducción oficial (%1) — el texto en inglés hace fe</translation>
    </message>
    <message>
        <source>Working translation — the English text is authoritative</source>
        <translation>Traducción de trabajo — el texto en inglés hace fe</translation>
    </message>
</context>
<context>
    <name>iamm::gui::ItemListModel</name>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Nivel %1</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Sin evaluar</translation>
    </message>
</context>
<context>
    <name>iamm::gui::Localizer</name>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
</context>
<context>
    <name>iamm::gui::PeerComparisonController</name>
    <message>
        <source>All items</source>
        <translation>Todos los elementos</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The peer groups are not available.</source>
        <translation>Los grupos de pares no están disponibles.</translation>
    </message>
    <message>
        <source>Open an assessment to compare it with its peers.</source>
        <translation>Abra una evaluación para compararla con sus pares.</translation>
    </message>
    <message>
        <source>Choose a peer group.</source>
        <translation>Elija un grupo de pares.</translation>
    </message>
    <message>
        <source>no file chosen</source>
        <translation>no se eligió ningún archivo</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No exportado</translation>
    </message>
</context>
<context>
    <name>iamm::gui::PeerGroupListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>iamm::gui::PeerGroupManager</name>
    <message>
        <source>Peer groups not read</source>
        <translation>Grupos de pares no leídos</translation>
    </message>
    <message>
        <source>the peer groups are not available</source>
        <translation>los grupos de pares no están disponibles</translation>
    </message>
    <message>
        <source>Group not changed</source>
        <translation>Grupo no modificado</translation>
    </message>
</context>
<context>
    <name>iamm::gui::PreviousRoundController</name>
    <message>
        <source>Previous round not shown</source>
        <translation>Ronda anterior no mostrada</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>No evaluado</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>iamm::gui::ResponseEditor</name>
    <message>
        <source>Not refreshed</source>
        <translation>No actualizado</translation>
    </message>
</context>
<context>
    <name>iamm::gui::RoomViewsController</name>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>nivel %1</translation>
    </message>
    <message>
        <source>no view</source>
        <translation>sin opinión</translation>
    </message>
    <message>
        <source>a participant</source>
        <translation>un participante</translation>
    </message>
    <message>
        <source>no assessment is open</source>
        <translation>no hay ninguna evaluación abierta</translation>
    </message>
    <message>
        <source>Worksheet not written</source>
        <translation>Hoja no escrita</translation>
    </message>
</context>
<context>
    <name>iamm::gui::RoundsTrendController</name>
    <message>
        <source>Rounds not shown</source>
        <translation>Rondas no mostradas</translation>
    </message>
</context>
<context>
    <name>iamm::gui::SaveStatus</name>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
</context>
<context>
    <name>iamm::gui::TallyController</name>
    <message>
        <source>Views not saved</source>
        <translation>Opiniones no guardadas</translation>
    </message>
</context>
<context>
    <name>iamm::gui::TallyModel</name>
    <message>
        <source>not applicable</source>
        <translation>no aplicable</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>nivel %1</translation>
    </message>
    <message>
        <source>no view</source>
        <translation>sin opinión</translation>
    </message>
    <message>
        <source>%1, item %2: %3</source>
        <translation>%1, elemento %2: %3</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>iamm::gui::TeamEditor</name>
    <message>
        <source>Team not read</source>
        <translation>Equipo no leído</translation>
    </message>
</context>
<context>
    <name>iamm::gui::VotingController</name>
    <message>
        <source>This assessment is final: reopen it before collecting views.</source>
        <translation>Esta evaluación es definitiva: reábrala antes de recoger opiniones.</translation>
    </message>
    <message>
        <source>“%1” is not an address of this computer.</source>
        <translation>«%1» no es una dirección de este ordenador.</translation>
    </message>
    <message>
        <source>The votes were not stored: %1</source>
        <translation>Los votos no se guardaron: %1</translation>
    </message>
</context>
<context>
    <name>iamm::gui::Workshop</name>
    <message>
        <source>%1: the database is damaged (%2)</source>
        <translation>%1: la base de datos está dañada (%2)</translation>
    </message>
    <message>
        <source>Peer groups not read</source>
        <translation>Grupos de pares no leídos</translation>
    </message>
    <message>
        <source>%1: not restored, the backup is unusable: %2</source>
        <translation>%1: no restaurada, la copia de seguridad no se puede usar: %2</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>No restaurada</translation>
    </message>
    <message>
        <source>no good backup in %1</source>
        <translation>ninguna copia de seguridad válida en %1</translation>
    </message>
    <message>
        <source>“%1” (%2, %3)</source>
        <translation>«%1» (%2, %3)</translation>
    </message>
    <message>
        <source>no files chosen</source>
        <translation>no se eligió ningún archivo</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>No importado</translation>
    </message>
    <message>
        <source>no assessment is open</source>
        <translation>no hay ninguna evaluación abierta</translation>
    </message>
    <message>
        <source>Views not imported</source>
        <translation>Opiniones no importadas</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No exportado</translation>
    </message>
</context>
</TS>

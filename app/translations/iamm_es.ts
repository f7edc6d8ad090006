<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
    <name>Contribution</name>
    <message>
        <source>Participant %1</source>
        <translation>Participante %1</translation>
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
    <name>DissentNote</name>
    <message>
        <source>The agreed level departs from the room&apos;s views: note what the disagreement was.</source>
        <translation>El nivel acordado se aparta de las opiniones de la sala: anote en qué consistió el desacuerdo.</translation>
    </message>
    <message>
        <source>Dissent note</source>
        <translation>Opinión discrepante</translation>
    </message>
    <message>
        <source>For example: labour and interior read level 3 as requiring a written strategy</source>
        <translation>Por ejemplo: trabajo e interior entienden que el nivel 3 exige una estrategia escrita</translation>
    </message>
    <message>
        <source>Dissent note: what the disagreement was</source>
        <translation>Opinión discrepante: en qué consistió el desacuerdo</translation>
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
        <source>0–4 level · N not applicable · G guiding questions · T clock · V live vote · ← → items · Ctrl+Z undo · F5 or Esc leaves</source>
        <translation>0–4 nivel · N no aplicable · G preguntas orientadoras · T reloj · V votación en directo · ← → elementos · Ctrl+Z deshacer · F5 o Esc para salir</translation>
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
    <name>iamm::gui::ActionController</name>
    <message>
        <source>&quot;%1&quot; is not a date; enter the due date as YYYY-MM-DD</source>
        <translation>«%1» no es una fecha; introduzca el vencimiento como AAAA-MM-DD</translation>
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
    <name>iamm::gui::EvidenceController</name>
    <message>
        <source>%1: cannot write a copy to open it: %2</source>
        <translation>%1: no se puede escribir una copia para abrirlo: %2</translation>
    </message>
    <message>
        <source>No application could open %1</source>
        <translation>Ninguna aplicación pudo abrir %1</translation>
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

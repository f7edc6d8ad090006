<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccessControl</name>
    <message>
        <source>%1: access control needs a PostgreSQL server database; a SQLite file is protected by its file permissions</source>
        <translation>%1 : le contrôle d&apos;accès nécessite une base de données sur un serveur PostgreSQL ; un fichier SQLite est protégé par les droits d&apos;accès du fichier</translation>
    </message>
    <message>
        <source>%1: access control is set up by the owner of the database&apos;s tables with the right to create roles (a superuser, or an owner with CREATEROLE)</source>
        <translation>%1 : le contrôle d&apos;accès est mis en place par le propriétaire des tables de la base de données disposant du droit de créer des rôles (un superutilisateur, ou un propriétaire ayant CREATEROLE)</translation>
    </message>
    <message>
        <source>%1: access control is not set up here: run `iamm admin init` first</source>
        <translation>%1 : le contrôle d&apos;accès n&apos;est pas mis en place ici : exécutez d&apos;abord `iamm admin init`</translation>
    </message>
    <message>
        <source>%1 is a superuser, who sees and changes everything: nothing granted</source>
        <translation>%1 est un superutilisateur, qui voit et modifie tout : aucun droit accordé</translation>
    </message>
    <message>
        <source>%1 has the role %2; a secretariat cannot also be a team or an observer (use another user name): nothing granted</source>
        <translation>%1 a le rôle %2 ; un secrétariat ne peut pas être aussi une équipe ou un observateur (utilisez un autre nom d&apos;utilisateur) : aucun droit accordé</translation>
    </message>
    <message>
        <source>%1 has no %2 access to %3: nothing revoked</source>
        <translation>%1 n&apos;a pas d&apos;accès %2 à %3 : aucun droit retiré</translation>
    </message>
</context>
<context>
    <name>AccessRequest</name>
    <message>
        <source>&quot;%1&quot; is not a user name iamm creates: use lower-case letters, digits and _, starting with a letter or _ (at most 63)</source>
        <translation>« %1 » n&apos;est pas un nom d&apos;utilisateur qu&apos;iamm crée : utilisez des lettres minuscules, des chiffres et _, en commençant par une lettre ou _ (au plus 63)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is reserved: names starting with pg_ or iamm_ belong to the server and to iamm&apos;s group roles</source>
        <translation>« %1 » est réservé : les noms commençant par pg_ ou iamm_ appartiennent au serveur et aux rôles de groupe d&apos;iamm</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 alpha-3 state code (try `iamm state list --search`)</source>
        <translation>« %1 » n&apos;est pas un code d&apos;État ISO 3166 alpha-3 (essayez `iamm state list --search`)</translation>
    </message>
    <message>
        <source>group %1 has no members: nothing to grant</source>
        <translation>le groupe %1 n&apos;a aucun membre : aucun droit à accorder</translation>
    </message>
</context>
<context>
    <name>ActionDelegate</name>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Action : %1</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Ce qui sera fait</translation>
    </message>
    <message>
        <source>Action text</source>
        <translation>Texte de l&apos;action</translation>
    </message>
    <message>
        <source>Owning agency</source>
        <translation>Organisme responsable</translation>
    </message>
    <message>
        <source>Agency owning the action</source>
        <translation>Organisme responsable de l&apos;action</translation>
    </message>
    <message>
        <source>Due YYYY-MM-DD</source>
        <translation>Échéance AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Due date of the action (YYYY-MM-DD)</source>
        <translation>Échéance de l&apos;action (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Status of the action</source>
        <translation>État d&apos;avancement de l&apos;action</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Remove this action</source>
        <translation>Retirer cette action</translation>
    </message>
    <message>
        <source>Carried over from the previous round: review it.</source>
        <translation>Reporté du cycle précédent : à réexaminer.</translation>
    </message>
    <message>
        <source>Carried over from the previous round.</source>
        <translation>Reporté du cycle précédent.</translation>
    </message>
    <message>
        <source>Review of the carried-over action</source>
        <translation>Réexamen de l&apos;action reportée</translation>
    </message>
    <message>
        <source>Continuing</source>
        <translation>Se poursuit</translation>
    </message>
</context>
<context>
    <name>ActionRecords</name>
    <message>
        <source>%1: no action with id %2</source>
        <translation>%1 : aucune action avec l&apos;identifiant %2</translation>
    </message>
    <message>
        <source>assessment %1 has no action %2</source>
        <translation>l&apos;évaluation %1 n&apos;a pas d&apos;action %2</translation>
    </message>
    <message>
        <source>action %1 was not carried over from a previous round; change its status with `iamm action set-status` instead</source>
        <translation>l&apos;action %1 n&apos;a pas été reportée d&apos;un cycle précédent ; modifiez plutôt son statut avec `iamm action set-status`</translation>
    </message>
    <message>
        <source>an action needs a text</source>
        <translation>une action doit avoir un texte</translation>
    </message>
</context>
<context>
    <name>ActionsSection</name>
    <message>
        <source>Actions (%1)</source>
        <translation>Actions (%1)</translation>
    </message>
    <message>
        <source>Changes are saved as you type.</source>
        <translation>Les modifications sont enregistrées au fil de la saisie.</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>Text of the new action</source>
        <translation>Texte de la nouvelle action</translation>
    </message>
    <message>
        <source>Owning agency</source>
        <translation>Organisme responsable</translation>
    </message>
    <message>
        <source>Agency owning the new action</source>
        <translation>Organisme responsable de la nouvelle action</translation>
    </message>
    <message>
        <source>Due YYYY-MM-DD</source>
        <translation>Échéance AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Due date of the new action (YYYY-MM-DD)</source>
        <translation>Échéance de la nouvelle action (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Ajouter l&apos;action</translation>
    </message>
    <message>
        <source>Add the action</source>
        <translation>Ajouter l&apos;action</translation>
    </message>
    <message>
        <source>Remove the action “%1”?</source>
        <translation>Retirer l&apos;action « %1 » ?</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Retirer l&apos;action</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>AddEvidenceDialog</name>
    <message>
        <source>Add a note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Add a link</source>
        <translation>Ajouter un lien</translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation>Ajouter un fichier</translation>
    </message>
    <message>
        <source>For item %1</source>
        <translation>Pour l&apos;élément %1</translation>
    </message>
    <message>
        <source>Title (the file name if left empty)</source>
        <translation>Titre (le nom du fichier si vide)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Title of the evidence</source>
        <translation>Titre de la preuve</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>La note</translation>
    </message>
    <message>
        <source>Text of the note</source>
        <translation>Texte de la note</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Address of the link</source>
        <translation>Adresse du lien</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier : %1</translation>
    </message>
    <message>
        <source>Mark as confidential</source>
        <translation>Marquer comme confidentiel</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add the evidence</source>
        <translation>Ajouter la preuve</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
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
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>No session planned yet. Add the sessions of the workshop in order.</source>
        <translation>Aucune séance prévue pour l&apos;instant. Ajoutez les séances de l&apos;atelier dans l&apos;ordre.</translation>
    </message>
    <message>
        <source>Sessions: %1 · in all: %2</source>
        <translation>Séances : %1 · au total : %2</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the session %1</source>
        <translation>Retirer la séance %1</translation>
    </message>
    <message>
        <source>Session title, e.g. Morning: labour migration</source>
        <translation>Titre de la séance, p. ex. Matin : migration de main-d&apos;œuvre</translation>
    </message>
    <message>
        <source>Title of the new session</source>
        <translation>Titre de la nouvelle séance</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>First item of the session</source>
        <translation>Premier élément de la séance</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Last item of the session</source>
        <translation>Dernier élément de la séance</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Time box of the session in minutes</source>
        <translation>Durée allouée à la séance, en minutes</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>Ajouter la séance</translation>
    </message>
    <message>
        <source>Add the session to the agenda</source>
        <translation>Ajouter la séance à l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the agenda</source>
        <translation>Fermer l&apos;ordre du jour</translation>
    </message>
    <message numerus="yes">
        <source>%1. %2 · %3–%4 (%n item(s)) · %5</source>
        <translation>
            <numerusform>%1. %2 · %3–%4 (%n élément) · %5</numerusform>
            <numerusform>%1. %2 · %3–%4 (%n éléments) · %5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaPlan</name>
    <message>
        <source>the session has no title</source>
        <translation>la séance n&apos;a pas de titre</translation>
    </message>
    <message>
        <source>framework %1 has no item &quot;%2&quot;</source>
        <translation>le cadre %1 n&apos;a pas d&apos;élément « %2 »</translation>
    </message>
    <message>
        <source>its first item %1 comes after its last item %2</source>
        <translation>son premier élément %1 vient après son dernier élément %2</translation>
    </message>
    <message>
        <source>%1 minutes is outside %2–%3</source>
        <translation>%1 minutes est hors de l&apos;intervalle %2–%3</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>Walkthrough</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Pairs</translation>
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
        <translation>Auto-évaluation IAMM</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>Walkthrough</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Pairs</translation>
    </message>
    <message>
        <source>Present (F5)</source>
        <translation>Présenter (F5)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo the last rating, target, confidence or checklist change (Ctrl+Z)</source>
        <translation>Annuler la dernière modification de niveau, cible, confiance ou liste de contrôle (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Redo the last undone change (Ctrl+Shift+Z)</source>
        <translation>Rétablir la dernière modification annulée (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Chercher…</translation>
    </message>
    <message>
        <source>Find an item by its text (Ctrl+F)</source>
        <translation>Chercher un élément par son texte (Ctrl+F)</translation>
    </message>
    <message>
        <source>Light theme</source>
        <translation>Thème clair</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Thème sombre</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Langue : %1</translation>
    </message>
    <message>
        <source>Language of the application</source>
        <translation>Langue de l&apos;application</translation>
    </message>
</context>
<context>
    <name>Arguments</name>
    <message>
        <source>--%1 takes no value</source>
        <translation>--%1 ne prend pas de valeur</translation>
    </message>
    <message>
        <source>--%1 given twice</source>
        <translation>--%1 donnée deux fois</translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation>--%1 demande une valeur</translation>
    </message>
    <message>
        <source>unknown option --%1</source>
        <translation>option inconnue --%1</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>%1 manquant</translation>
    </message>
    <message numerus="yes">
        <source>expected at least %n argument(s)</source>
        <translation>
            <numerusform>au moins %n argument attendu</numerusform>
            <numerusform>au moins %n arguments attendus</numerusform>
        </translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 est obligatoire</translation>
    </message>
    <message>
        <source>--%1 expects a whole number, got &quot;%2&quot;</source>
        <translation>--%1 attend un nombre entier, reçu « %2 »</translation>
    </message>
    <message>
        <source>%1 must be a whole number, got &quot;%2&quot;</source>
        <translation>%1 doit être un nombre entier, reçu « %2 »</translation>
    </message>
    <message>
        <source>%1 cannot be combined</source>
        <translation>%1 ne peuvent pas être combinées</translation>
    </message>
    <message>
        <source>give exactly one of %1</source>
        <translation>indiquez exactement une option parmi %1</translation>
    </message>
    <message>
        <source>--format must be json, csv or text</source>
        <translation>--format doit valoir json, csv ou text</translation>
    </message>
    <message>
        <source>--paper must be a4 or letter</source>
        <translation>--paper doit valoir a4 ou letter</translation>
    </message>
    <message>
        <source>--format must be csv or xlsx</source>
        <translation>--format doit valoir csv ou xlsx</translation>
    </message>
    <message>
        <source>--as must be continuing, done or dropped</source>
        <translation>--as doit valoir continuing, done ou dropped</translation>
    </message>
    <message>
        <source>assessment %1 has no action %2</source>
        <translation>l&apos;évaluation %1 n&apos;a pas d&apos;action %2</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot;</source>
        <translation>sous-commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>%1 is not an ISO 3166 alpha-3 state code</source>
        <translation>%1 n&apos;est pas un code d&apos;État ISO 3166 alpha-3</translation>
    </message>
    <message>
        <source>--format must be text or json</source>
        <translation>--format doit valoir text ou json</translation>
    </message>
    <message>
        <source>deleting an assessment cannot be undone; add --yes to confirm</source>
        <translation>la suppression d&apos;une évaluation est définitive ; ajoutez --yes pour confirmer</translation>
    </message>
    <message>
        <source>created new database %1</source>
        <translation>nouvelle base de données créée : %1</translation>
    </message>
    <message>
        <source>%1: opened read-only (%2); changes will be refused</source>
        <translation>%1 : ouverte en lecture seule (%2) ; les modifications seront refusées</translation>
    </message>
    <message>
        <source>--%1 expects a real date as YYYY-MM-DD, got &quot;%2&quot;</source>
        <translation>--%1 attend une date réelle au format AAAA-MM-JJ, reçu « %2 »</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>framework %1 has no item %2</source>
        <translation>le cadre %1 n&apos;a pas d&apos;élément %2</translation>
    </message>
    <message>
        <source>--participant and --agency go with an exchange (.json) file; a .csv file names its participants in its participant and agency columns</source>
        <translation>--participant et --agency accompagnent un fichier d&apos;échange (.json) ; un fichier .csv nomme ses participants dans ses colonnes participant et agency</translation>
    </message>
    <message>
        <source>--format must be json or text</source>
        <translation>--format doit valoir json ou text</translation>
    </message>
    <message>
        <source>--minutes is required</source>
        <translation>--minutes est obligatoire</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot; (list, show, validate)</source>
        <translation>sous-commande inconnue « %1 » (list, show, validate)</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot; (list)</source>
        <translation>sous-commande inconnue « %1 » (list)</translation>
    </message>
    <message>
        <source>(withdrawn code, ISO 3166-3)</source>
        <translation>(code retiré, ISO 3166-3)</translation>
    </message>
    <message>
        <source>(fictitious, demo only)</source>
        <translation>(fictif, démonstration seulement)</translation>
    </message>
    <message>
        <source>name at least one state code</source>
        <translation>indiquez au moins un code d&apos;État</translation>
    </message>
    <message>
        <source>--min-peers must be at least 1</source>
        <translation>--min-peers doit valoir au moins 1</translation>
    </message>
    <message>
        <source>--bind must be an IPv4 or IPv6 address, not &quot;%1&quot;</source>
        <translation>--bind doit être une adresse IPv4 ou IPv6, non « %1 »</translation>
    </message>
    <message>
        <source>--port must be from 0 (any free port) to 65535</source>
        <translation>--port doit aller de 0 (port libre quelconque) à 65535</translation>
    </message>
    <message>
        <source>--seconds must be at least 1</source>
        <translation>--seconds doit valoir au moins 1</translation>
    </message>
    <message>
        <source>the votes cannot be stored: %1 is open read-only</source>
        <translation>les votes ne peuvent pas être enregistrés : %1 est ouverte en lecture seule</translation>
    </message>
    <message>
        <source>assessment %1 is final; reopen it before voting</source>
        <translation>l&apos;évaluation %1 est définitive ; rouvrez-la avant le vote</translation>
    </message>
    <message>
        <source>--name must not be empty</source>
        <translation>--name ne doit pas être vide</translation>
    </message>
    <message>
        <source>%1   [DRAFT]</source>
        <translation>%1   [BROUILLON]</translation>
    </message>
    <message>
        <source>State:      %1 (%2)</source>
        <translation>État :        %1 (%2)</translation>
    </message>
    <message>
        <source>Date:       %1   status: %2</source>
        <translation>Date :        %1   statut : %2</translation>
    </message>
    <message>
        <source>Framework:  %1 version %2, pinned sha256 %3</source>
        <translation>Cadre :       %1 version %2, empreinte sha256 figée %3</translation>
    </message>
    <message>
        <source>            (the installed framework file differs; this assessment keeps its pinned text)</source>
        <translation>              (le fichier du cadre installé diffère ; cette évaluation garde son texte figé)</translation>
    </message>
    <message>
        <source>Id:         %1</source>
        <translation>Id :          %1</translation>
    </message>
    <message>
        <source>Progress:   %1 scored, %2 N/A, %3 not assessed, of %4</source>
        <translation>Progression : %1 notés, %2 N/A, %3 non évalués, sur %4</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Équipe :</translation>
    </message>
    <message>
        <source>%1   target %2</source>
        <translation>%1   cible %2</translation>
    </message>
    <message>
        <source>   confidence %1</source>
        <translation>   confiance %1</translation>
    </message>
    <message>
        <source>Rationale: %1</source>
        <translation>Justification : %1</translation>
    </message>
    <message>
        <source>Dissent: %1</source>
        <translation>Opinion divergente : %1</translation>
    </message>
    <message>
        <source>backed up %1 to %2</source>
        <translation>%1 sauvegardée dans %2</translation>
    </message>
    <message>
        <source>restored %1 from %2</source>
        <translation>%1 restaurée depuis %2</translation>
    </message>
    <message>
        <source>the replaced database is kept as %1</source>
        <translation>la base remplacée est conservée sous %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: ok (%n assessment(s), database and attachments intact)</source>
        <translation>
            <numerusform>%1 : ok (%n évaluation, base et pièces jointes intactes)</numerusform>
            <numerusform>%1 : ok (%n évaluations, base et pièces jointes intactes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported %n assessment(s)</source>
        <translation>
            <numerusform>%n évaluation importée</numerusform>
            <numerusform>%n évaluations importées</numerusform>
        </translation>
    </message>
    <message>
        <source>created group %1</source>
        <translation>groupe %1 créé</translation>
    </message>
    <message numerus="yes">
        <source>group %1 now has %n member(s)</source>
        <translation>
            <numerusform>le groupe %1 compte désormais %n membre</numerusform>
            <numerusform>le groupe %1 compte désormais %n membres</numerusform>
        </translation>
    </message>
    <message>
        <source>renamed group %1</source>
        <translation>groupe %1 renommé</translation>
    </message>
    <message>
        <source>deleted group %1</source>
        <translation>groupe %1 supprimé</translation>
    </message>
    <message>
        <source>carried: %1</source>
        <translation>reportée : %1</translation>
    </message>
    <message>
        <source>%1 reviewed: %2</source>
        <translation>%1 réexaminée : %2</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <comment>action</comment>
        <translation>%1 supprimée</translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation>%1 mise à jour</translation>
    </message>
    <message>
        <source>Evidence #%1 (%2, confidential): %3</source>
        <translation>Preuve n° %1 (%2, confidentielle) : %3</translation>
    </message>
    <message>
        <source>Evidence #%1 (%2): %3</source>
        <translation>Preuve n° %1 (%2) : %3</translation>
    </message>
    <message>
        <source>Action #%1 [%2] %3, due %4</source>
        <translation>Action n° %1 [%2] %3, échéance %4</translation>
    </message>
    <message>
        <source>Action #%1 [%2] %3</source>
        <translation>Action n° %1 [%2] %3</translation>
    </message>
    <message>
        <source>Action #%1 [%2] %3 – %4, due %5</source>
        <translation>Action n° %1 [%2] %3 – %4, échéance %5</translation>
    </message>
    <message>
        <source>Action #%1 [%2] %3 – %4</source>
        <translation>Action n° %1 [%2] %3 – %4</translation>
    </message>
    <message>
        <source>[%1] %2 %3</source>
        <translation>[%1] %2 %3</translation>
    </message>
    <message>
        <source>%1/%2 scored, %3 N/A</source>
        <translation>%1/%2 notés, %3 N/A</translation>
    </message>
    <message>
        <source>%1 names no previous round; the rule applies</source>
        <translation>%1 ne désigne aucun cycle précédent ; la règle s&apos;applique</translation>
    </message>
    <message>
        <source>%1 follows %2</source>
        <translation>%1 fait suite à %2</translation>
    </message>
    <message>
        <source>unknown subcommand &quot;%1&quot; (create, list, %2)</source>
        <translation>sous-commande inconnue « %1 » (create, list, %2)</translation>
    </message>
    <message>
        <source>%1 finalized</source>
        <translation>%1 finalisée</translation>
    </message>
    <message>
        <source>%1 reopened as draft</source>
        <translation>%1 rouverte comme brouillon</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>%1 supprimée</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1 : %2 (%3)</translation>
    </message>
    <message>
        <source>%1: cleared</source>
        <translation>%1 : effacé</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <comment>participant&apos;s views</comment>
        <translation>avis de %1 supprimés</translation>
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
        <translation>Atelier de démonstration créé (tous les États, noms et notes sont FICTIFS) :
  six États fictifs XAA–XAF avec des évaluations définitives du premier cycle,
  un deuxième cycle en brouillon pour Aurelia (XAA) : %1
  et le groupe de pairs %2.
Essayez : iamm assessment show %1
          iamm gap --state XAA --group DEMO --format text
          iamm trend --state XAA   (les trois cycles d&apos;Aurelia : une référence de 2024, le premier cycle, le brouillon)
</translation>
    </message>
    <message>
        <source>confidential</source>
        <translation>confidentielle</translation>
    </message>
    <message>
        <source>%1 (%2, %3 bytes, sha256 %4)</source>
        <translation>%1 (%2, %3 octets, sha256 %4)</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>evidence %1 is a %2, not a file</source>
        <translation>la preuve %1 est de type %2, pas un fichier</translation>
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
        <translation>séance %1 ajoutée</translation>
    </message>
    <message>
        <source>note on %1 removed</source>
        <translation>note sur %1 supprimée</translation>
    </message>
    <message>
        <source>note on %1 saved</source>
        <translation>note sur %1 enregistrée</translation>
    </message>
    <message>
        <source>%1 reopened</source>
        <translation>%1 rouverte</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 traitée</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <comment>parking-lot question</comment>
        <translation>%1 supprimée</translation>
    </message>
    <message>
        <source>agenda cleared</source>
        <translation>ordre du jour effacé</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Depuis %1</translation>
    </message>
    <message>
        <source>Since %1, %2</source>
        <translation>Depuis %1, %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message>
        <source>Note: %1 (%2)</source>
        <translation>Note : %1 (%2)</translation>
    </message>
    <message>
        <source>Remarks: %1</source>
        <translation>Remarques : %1</translation>
    </message>
    <message numerus="yes">
        <source>Shipped reference data (read-only); %n member(s):</source>
        <translation>
            <numerusform>Données de référence fournies (lecture seule) ; %n membre :</numerusform>
            <numerusform>Données de référence fournies (lecture seule) ; %n membres :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your own group; %n member(s):</source>
        <translation>
            <numerusform>Votre groupe ; %n membre :</numerusform>
            <numerusform>Votre groupe ; %n membres :</numerusform>
        </translation>
    </message>
    <message>
        <source>(listed as &quot;%1&quot;)</source>
        <translation>(inscrit sous le nom « %1 »)</translation>
    </message>
    <message numerus="yes">
        <source>%n &quot;interested&quot; state(s) (not members):</source>
        <translation>
            <numerusform>%n État « intéressé » (non membre) :</numerusform>
            <numerusform>%n États « intéressés » (non membres) :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>fourni</translation>
    </message>
    <message>
        <source>own</source>
        <translation>propre</translation>
    </message>
    <message>
        <source>voting on %1 at %2 (session code %3)</source>
        <translation>vote sur %1 à l&apos;adresse %2 (code de session %3)</translation>
    </message>
    <message numerus="yes">
        <source>vote closed; %n contribution(s) stored</source>
        <translation>
            <numerusform>vote clos ; %n contribution enregistrée</numerusform>
            <numerusform>vote clos ; %n contributions enregistrées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>change: %1</source>
        <translation>évolution : %1</translation>
    </message>
    <message>
        <source>change: %1 – %2</source>
        <translation>évolution : %1 – %2</translation>
    </message>
    <message>
        <source>dissent: %1</source>
        <translation>opinion divergente : %1</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <comment>team member</comment>
        <translation>%1 retiré</translation>
    </message>
    <message>
        <source>%1 version %2</source>
        <translation>%1 version %2</translation>
    </message>
    <message>
        <source>Source of the official texts: %1</source>
        <translation>Source des textes officiels : %1</translation>
    </message>
    <message>
        <source>Scale (product guidance, not official text):</source>
        <translation>Échelle (orientation du produit, pas un texte officiel) :</translation>
    </message>
    <message>
        <source>Default target: %1</source>
        <translation>Cible par défaut : %1</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>source : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>ignored: %1</source>
        <translation>ignoré : %1</translation>
    </message>
    <message>
        <source>valid: %1 official translation of %2 version %3, %4 of %5 texts translated</source>
        <translation>valide : traduction officielle %1 de %2 version %3, %4 textes traduits sur %5</translation>
    </message>
    <message>
        <source>valid: %1 working translation of %2 version %3, %4 of %5 texts translated</source>
        <translation>valide : traduction de travail %1 de %2 version %3, %4 textes traduits sur %5</translation>
    </message>
    <message>
        <source>untranslated (shown in English): %1</source>
        <translation>non traduit (affiché en anglais) : %1</translation>
    </message>
    <message>
        <source>valid: %1 version %2, %3 sections, %4 items, sha256 %5</source>
        <translation>valide : %1 version %2, %3 sections, %4 éléments, sha256 %5</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>--secretariat takes --group and --user, not --state or --role</source>
        <translation>--secretariat prend --group et --user, pas --state ni --role</translation>
    </message>
    <message>
        <source>--group is for a secretariat: add --secretariat</source>
        <translation>--group concerne un secrétariat : ajoutez --secretariat</translation>
    </message>
    <message>
        <source>--role must be team or observer (a secretariat: --secretariat --group GROUP)</source>
        <translation>--role doit valoir team ou observer (pour un secrétariat : --secretariat --group GROUP)</translation>
    </message>
    <message>
        <source>%1 access of %2 to %3</source>
        <translation>accès %1 de %2 à %3</translation>
    </message>
    <message>
        <source>access control is set up in %1: group roles iamm_team, iamm_observer and iamm_secretariat, row-level security on every table of assessments; give access with `iamm admin grant`</source>
        <translation>le contrôle d&apos;accès est en place dans %1 : rôles de groupe iamm_team, iamm_observer et iamm_secretariat, sécurité au niveau des lignes sur chaque table des évaluations ; donnez des accès avec `iamm admin grant`</translation>
    </message>
    <message>
        <source>created the login role %1 without a password: set one with psql&apos;s \password %1 (or let the server&apos;s pg_hba.conf authenticate it otherwise)</source>
        <translation>rôle de connexion %1 créé sans mot de passe : définissez-en un avec \password %1 dans psql (ou laissez le pg_hba.conf du serveur l&apos;authentifier autrement)</translation>
    </message>
    <message>
        <source>granted %1</source>
        <translation>accordé : %1</translation>
    </message>
    <message numerus="yes">
        <source>revoked %1 (%n grant(s))</source>
        <translation>
            <numerusform>retiré : %1 (%n autorisation)</numerusform>
            <numerusform>retiré : %1 (%n autorisations)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 no longer has the role %2 (its login role is kept)</source>
        <translation>%1 n&apos;a plus le rôle %2 (son rôle de connexion est conservé)</translation>
    </message>
    <message>
        <source>copied %11 (%12, %13): %1 responses, %2 checklist entries, %3 evidence items (%4 files), %5 actions, %6 contributions, %7 facilitator notes, %8 parked questions, %9 agenda sessions, %10 audit entries</source>
        <translation>copié %11 (%12, %13) : %1 réponses, %2 entrées de liste de contrôle, %3 preuves (%4 fichiers), %5 actions, %6 contributions, %7 notes de l&apos;animateur, %8 questions en suspens, %9 séances de l&apos;ordre du jour, %10 entrées d&apos;historique</translation>
    </message>
    <message>
        <source>--from and --to name the same database %1</source>
        <translation>--from et --to désignent la même base de données %1</translation>
    </message>
    <message numerus="yes">
        <source>copied %n assessment(s) from %1 to %2, each read back and verified by SHA-256</source>
        <translation>
            <numerusform>%n évaluation copiée de %1 vers %2, relue et vérifiée par SHA-256</numerusform>
            <numerusform>%n évaluations copiées de %1 vers %2, chacune relue et vérifiée par SHA-256</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>copied %n peer group(s)</source>
        <translation>
            <numerusform>%n groupe de pairs copié</numerusform>
            <numerusform>%n groupes de pairs copiés</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1: this login reads the shared figures of final assessments only; the report has no team, rationale, evidence, notes, contributions or earlier rounds</source>
        <translation>%1 : cet identifiant ne lit que les chiffres partagés des évaluations finales ; le rapport ne contient ni équipe, ni justification, ni preuves, ni notes, ni contributions, ni cycles précédents</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found; %2</source>
        <translation>
            <numerusform>%1 : %n problème détecté ; %2</numerusform>
            <numerusform>%1 : %n problèmes détectés ; %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported %n participant(s); %1</source>
        <translation>
            <numerusform>%n participant importé ; %1</numerusform>
            <numerusform>%n participants importés ; %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n view(s) recorded</source>
        <translation>
            <numerusform>%n avis enregistré</numerusform>
            <numerusform>%n avis enregistrés</numerusform>
        </translation>
    </message>
    <message>
        <source>Texts:      official translation (%1); the English text (--lang en) is authoritative</source>
        <translation>Textes :      traduction officielle (%1) ; le texte anglais (--lang en) fait foi</translation>
    </message>
    <message>
        <source>Texts:      working translation; the English text (--lang en) is authoritative</source>
        <translation>Textes :      traduction de travail ; le texte anglais (--lang en) fait foi</translation>
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
        <translation>définitive</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Assessed on %1</source>
        <translation>Évaluée le %1</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>%1 scored · %2 N/A · %3 remaining</source>
        <translation>%1 notés · %2 N/A · %3 restants</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the assessment of %1</source>
        <translation>Ouvrir l&apos;évaluation de %1</translation>
    </message>
    <message>
        <source>New round…</source>
        <translation>Nouveau cycle…</translation>
    </message>
    <message>
        <source>Start a new round from the assessment of %1</source>
        <translation>Lancer un nouveau cycle à partir de l&apos;évaluation de %1</translation>
    </message>
    <message>
        <source>Team…</source>
        <translation>Équipe…</translation>
    </message>
    <message>
        <source>Show and edit the national team of the assessment of %1</source>
        <translation>Afficher et modifier l&apos;équipe nationale de l&apos;évaluation de %1</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Rouvrir…</translation>
    </message>
    <message>
        <source>Finalize…</source>
        <translation>Finaliser…</translation>
    </message>
    <message>
        <source>Reopen the assessment of %1 as a draft</source>
        <translation>Rouvrir l&apos;évaluation de %1 comme brouillon</translation>
    </message>
    <message>
        <source>Mark the assessment of %1 as final</source>
        <translation>Marquer l&apos;évaluation de %1 comme définitive</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export the assessment of %1 to an exchange file</source>
        <translation>Exporter l&apos;évaluation de %1 vers un fichier d&apos;échange</translation>
    </message>
    <message>
        <source>Export for sharing…</source>
        <translation>Exporter pour partage…</translation>
    </message>
    <message>
        <source>Export the assessment of %1 without typed text or confidential items</source>
        <translation>Exporter l&apos;évaluation de %1 sans texte saisi ni éléments confidentiels</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete the assessment of %1</source>
        <translation>Supprimer l&apos;évaluation de %1</translation>
    </message>
    <message>
        <source>Follows the round of %1</source>
        <translation>Fait suite au cycle du %1</translation>
    </message>
    <message>
        <source>Overall mean %1 → %2 (%3) since the round of %4</source>
        <translation>Moyenne générale %1 → %2 (%3) depuis le cycle du %4</translation>
    </message>
</context>
<context>
    <name>AssessmentDetailsDialog</name>
    <message>
        <source>Details of “%1” (%2)</source>
        <translation>Détails de « %1 » (%2)</translation>
    </message>
    <message>
        <source>National team</source>
        <translation>Équipe nationale</translation>
    </message>
    <message>
        <source>This assessment is final and read-only. Reopen it to change its team.</source>
        <translation>Cette évaluation est définitive et en lecture seule. Rouvrez-la pour modifier son équipe.</translation>
    </message>
    <message>
        <source>Shown on the cover of the gap report.</source>
        <translation>Figure sur la couverture du rapport d&apos;écarts.</translation>
    </message>
    <message>
        <source>No team members yet.</source>
        <translation>Aucun membre dans l&apos;équipe pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove %1 from the team</source>
        <translation>Retirer %1 de l&apos;équipe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Name of the new team member</source>
        <translation>Nom du nouveau membre de l&apos;équipe</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Agency of the new team member</source>
        <translation>Organisme du nouveau membre de l&apos;équipe</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Role of the new team member</source>
        <translation>Rôle du nouveau membre de l&apos;équipe</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Ajouter le membre</translation>
    </message>
    <message>
        <source>Add the member to the team</source>
        <translation>Ajouter le membre à l&apos;équipe</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>AssessmentExchange</name>
    <message>
        <source>%1: $.assessment.id: assessment %2 is already in %3; nothing was imported (confirm replacing it, e.g. iamm import --replace)</source>
        <translation>%1 : $.assessment.id : l&apos;évaluation %2 est déjà dans %3 ; rien n&apos;a été importé (confirmez son remplacement, p. ex. iamm import --replace)</translation>
    </message>
    <message>
        <source>%1: $.assessment.id: assessment %2 would change its state to %3; an assessment never changes state, so nothing was imported</source>
        <translation>%1 : $.assessment.id : l&apos;évaluation %2 changerait d&apos;État pour %3 ; une évaluation ne change jamais d&apos;État, donc rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>%1: $.assessment.id: the final assessment %2 would be replaced by a draft; reopen it first if that is meant, so nothing was imported</source>
        <translation>%1 : $.assessment.id : l&apos;évaluation définitive %2 serait remplacée par un brouillon ; rouvrez-la d&apos;abord si c&apos;est voulu, donc rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1 : écriture impossible : %2</translation>
    </message>
    <message>
        <source>%1: $.assessment.id: assessment %2 is also in %3</source>
        <translation>%1 : $.assessment.id : l&apos;évaluation %2 est aussi dans %3</translation>
    </message>
</context>
<context>
    <name>AssessmentFilterBar</name>
    <message>
        <source>Filter by state or title</source>
        <translation>Filtrer par État ou titre</translation>
    </message>
    <message>
        <source>Filter the assessments by state or title</source>
        <translation>Filtrer les évaluations par État ou titre</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Définitives</translation>
    </message>
    <message>
        <source>Show assessments with this status</source>
        <translation>Afficher les évaluations ayant ce statut</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Clear the filter and show all assessments</source>
        <translation>Effacer le filtre et afficher toutes les évaluations</translation>
    </message>
    <message>
        <source>No assessment matches this filter.</source>
        <translation>Aucune évaluation ne correspond à ce filtre.</translation>
    </message>
</context>
<context>
    <name>AssessmentRecords</name>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 alpha-3 state code (try `iamm state list --search`)</source>
        <translation>« %1 » n&apos;est pas un code d&apos;État ISO 3166 alpha-3 (essayez `iamm state list --search`)</translation>
    </message>
    <message>
        <source>the assessment date is not a valid date</source>
        <translation>la date de l&apos;évaluation n&apos;est pas une date valide</translation>
    </message>
    <message>
        <source>assessment %1 cannot be its own previous round</source>
        <translation>l&apos;évaluation %1 ne peut pas être son propre cycle précédent</translation>
    </message>
    <message>
        <source>assessment %1 (%2, framework %3) cannot be the previous round of %4 (%5, framework %6): a previous round is of the same state and framework</source>
        <translation>l&apos;évaluation %1 (%2, cadre %3) ne peut pas être le cycle précédent de %4 (%5, cadre %6) : un cycle précédent porte sur le même État et le même cadre</translation>
    </message>
    <message>
        <source>team member %1 has no name</source>
        <translation>le membre de l&apos;équipe %1 n&apos;a pas de nom</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>assessment</source>
        <translation>évaluation</translation>
    </message>
    <message>
        <source>response</source>
        <translation>réponse</translation>
    </message>
    <message>
        <source>checklist</source>
        <translation>liste de contrôle</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>preuve</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>contribution</source>
        <translation>contribution</translation>
    </message>
    <message>
        <source>facilitator note</source>
        <translation>note de l&apos;animateur</translation>
    </message>
    <message>
        <source>parked question</source>
        <translation>question en suspens</translation>
    </message>
    <message>
        <source>agenda</source>
        <translation>ordre du jour</translation>
    </message>
    <message>
        <source>created</source>
        <translation>création</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>suppression</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importation</translation>
    </message>
    <message>
        <source>replaced by import</source>
        <translation>remplacement par importation</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajout</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retrait</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>remplacement</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>team</source>
        <translation>équipe</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>previous round</source>
        <translation>cycle précédent</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>note</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>confiance</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>justification</translation>
    </message>
    <message>
        <source>dissent</source>
        <translation>opinion divergente</translation>
    </message>
    <message>
        <source>change reason</source>
        <translation>motif de l&apos;évolution</translation>
    </message>
    <message>
        <source>change note</source>
        <translation>explication de l&apos;évolution</translation>
    </message>
    <message>
        <source>item</source>
        <translation>élément</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>due</source>
        <translation>échéance</translation>
    </message>
    <message>
        <source>review</source>
        <translation>réexamen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>traitée</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>séances</translation>
    </message>
</context>
<context>
    <name>BoundedFile</name>
    <message>
        <source>%1: cannot read: no such file</source>
        <translation>%1 : lecture impossible : fichier introuvable</translation>
    </message>
    <message>
        <source>%1: cannot read: not a regular file</source>
        <translation>%1 : lecture impossible : ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>%1: the file has %2 MiB; at most %3 MiB are read</source>
        <translation>%1 : le fichier fait %2 Mio ; au plus %3 Mio sont lus</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message>
        <source>%1: the file grew beyond %2 MiB while it was read</source>
        <translation>%1 : le fichier a dépassé %2 Mio pendant sa lecture</translation>
    </message>
</context>
<context>
    <name>CalendarDate</name>
    <message>
        <source>the assessment date is missing: enter it in the form YYYY-MM-DD (e.g. %1)</source>
        <translation>la date de l&apos;évaluation manque : saisissez-la au format AAAA-MM-JJ (p. ex. %1)</translation>
    </message>
    <message>
        <source>the date of the new round is missing: enter it in the form YYYY-MM-DD (e.g. %1)</source>
        <translation>la date du nouveau cycle manque : saisissez-la au format AAAA-MM-JJ (p. ex. %1)</translation>
    </message>
    <message>
        <source>the assessment date &quot;%1&quot; is not a date in the form YYYY-MM-DD (e.g. %2)</source>
        <translation>la date de l&apos;évaluation « %1 » n&apos;est pas une date au format AAAA-MM-JJ (p. ex. %2)</translation>
    </message>
    <message>
        <source>the date of the new round &quot;%1&quot; is not a date in the form YYYY-MM-DD (e.g. %2)</source>
        <translation>la date du nouveau cycle « %1 » n&apos;est pas une date au format AAAA-MM-JJ (p. ex. %2)</translation>
    </message>
</context>
<context>
    <name>ChangeReasons</name>
    <message>
        <source>Performance</source>
        <translation>Performance</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>a real change in practice</source>
        <translation>un changement réel dans la pratique</translation>
    </message>
    <message>
        <source>new or better information</source>
        <translation>des informations nouvelles ou meilleures</translation>
    </message>
    <message>
        <source>a different reading of the scale or the item</source>
        <translation>une autre lecture de l&apos;échelle ou de l&apos;élément</translation>
    </message>
    <message>
        <source>another reason</source>
        <translation>une autre raison</translation>
    </message>
</context>
<context>
    <name>ChecklistRecords</name>
    <message>
        <source>framework %1 has no sub-topic or statement &quot;%2&quot;</source>
        <translation>le cadre %1 n&apos;a pas de sous-thème ni d&apos;énoncé « %2 »</translation>
    </message>
</context>
<context>
    <name>ChecklistSection</name>
    <message>
        <source>In place</source>
        <translation>En place</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Partiel</translation>
    </message>
    <message>
        <source>Not in place</source>
        <translation>Pas en place</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>Sub-topics and statements</source>
        <translation>Sous-thèmes et énoncés</translation>
    </message>
    <message>
        <source>From the official text. Mark how far each is in place; choose the marked status again to clear it.</source>
        <translation>Tirés du texte officiel. Indiquez dans quelle mesure chacun est en place ; choisissez à nouveau l&apos;état marqué pour l&apos;effacer.</translation>
    </message>
    <message>
        <source>Statement: %1</source>
        <translation>Énoncé : %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
</context>
<context>
    <name>ChoiceRow</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--db needs a path</source>
        <translation>--db demande un chemin</translation>
    </message>
    <message>
        <source>--lang needs a language: en, fr or es</source>
        <translation>--lang demande une langue : en, fr ou es</translation>
    </message>
    <message>
        <source>unknown option %1 (options go after the command)</source>
        <translation>option inconnue %1 (les options se placent après la commande)</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; for --lang: use en, fr or es</source>
        <translation>langue inconnue « %1 » pour --lang : utilisez en, fr ou es</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see iamm --help)</source>
        <translation>commande inconnue « %1 » (voir iamm --help)</translation>
    </message>
    <message>
        <source>unexpected error:</source>
        <translation>erreur inattendue :</translation>
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
        <translation>Utilisation : iamm [--db PATH] [--read-only] [--lang en|fr|es] COMMAND ...

Auto-évaluation IAMM : noter un État au regard de l&apos;Agenda international pour la gestion
des migrations, le comparer à ses pairs et produire des rapports d&apos;écarts.

Cadres et États
  framework list | show [ID] [--format text|json] | validate FILE [--framework FILE]
  state list [--search TEXT]
Évaluations
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
  action review ID ACTION_ID --as continuing|done|dropped   (actions reportées du cycle précédent)
  history ID
  team add ID --name N [--agency A] [--role R]
  team list ID | remove ID MEMBER_ID
Cycles : ce qui a changé depuis la précédente évaluation
  trend --state ISO3 [--framework ID] [--finals-only] [--format json|csv|text]
  compare ID_A ID_B [--format json|text]     élément par élément, évolution = B − A
Atelier : l&apos;avis de chaque participant avant le niveau arrêté
  contribution import ID FILE.csv            votes : participant,agency,item,score,comment
  contribution import ID FILE.json [--participant NAME] [--agency A]
                                             l&apos;évaluation exportée d&apos;un participant
  contribution list ID | remove ID --participant NAME
  consensus show ID [--format json|csv|text]
Outils de l&apos;animateur (privés : jamais dans les exports --share, dans les rapports seulement avec --include-notes)
  note ID ITEM TEXT | note ID ITEM --clear | note list ID [--format json|text]
  parking add ID --item ITEM TEXT | parking list ID [--open] [--format json|text]
  parking done ID QUESTION_ID [--undo] | parking remove ID QUESTION_ID
  agenda add ID --title T --from ITEM --to ITEM --minutes N
  agenda list ID [--format json|text] | agenda clear ID
Vote en direct : les participants votent depuis leur téléphone sur le réseau local
  poll serve ID --item ITEM [--bind ADDR] [--port N] [--code CODE] [--seconds S]
             sert la page de vote jusqu&apos;à S secondes ou SIGINT/SIGTERM, enregistre les
             votes comme contributions et affiche le décompte en JSON (par défaut 127.0.0.1, port libre)
Pairs et rapports
  group list | show ID | create ID [--name N] [ISO3 ...] | create ID --from GROUP [--name N]
  group add ID ISO3 ... | remove ID ISO3 ... | rename ID --name N | delete ID
  gap --state ISO3 --group GROUP [--assessment ID] [--min-peers N] [--format json|csv|text]
  report --state ISO3 --group GROUP --out FILE.pdf [--assessment ID] [--min-peers N]
         [--paper a4|letter] [--include-evidence] [--name-contributors] [--include-notes]
  worksheet ID --out FILE.pdf [--participant NAME] [--paper a4|letter] [--force]
  export-table --group GROUP --format csv|xlsx --out FILE [--framework ID]
  export ID --out FILE [--share]
  import FILE ... [--replace]
Base de données
  demo       crée un atelier de démonstration (États, noms et niveaux fictifs)
  check      contrôle l&apos;intégrité de la base et de ses pièces jointes (une ligne par problème)
  backup [--out FILE]   copie cohérente, même application ouverte (par défaut : le dossier
                        backups à côté de la base, les 10 plus récentes conservées)
  restore FILE          remplace la base par une sauvegarde vérifiée, en gardant le fichier remplacé
  copy --from SOURCE --to TARGET [--assessment ID ...]
                        copie des évaluations avec tout ce qui s&apos;y rattache et leur historique
                        (toutes, et vos groupes de pairs, sans --assessment), en remplaçant
                        celles de même identifiant ; vérifiée par SHA-256, tout ou rien
Administration du serveur (PostgreSQL) : par le propriétaire de la base
  admin init            rôles de groupe, access_grants et politiques de sécurité au niveau des lignes
  admin grant --state ISO3 --user NAME --role team|observer
  admin grant --secretariat --group GROUP --user NAME
                        crée le rôle de connexion NAME s&apos;il manque (son mot de passe se définit
                        avec \password dans psql) ; un secrétariat ne lit que les niveaux définitifs
                        des États du groupe
  admin revoke (mêmes options que grant) | admin list

Textes, nombres et dates sont dans la langue de --lang (en, fr ou es), à défaut celle du
système, à défaut l&apos;anglais ; les sorties JSON et CSV sont identiques dans toutes les langues.

La base est --db CHEMIN, à défaut $IAMM_DB, à défaut celle par défaut de votre dossier de données :
</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ConsensusFormatter</name>
    <message numerus="yes">
        <source>Assessment %1: %n participant(s) from %2</source>
        <translation>
            <numerusform>Évaluation %1 : %n participant issu de %2</numerusform>
            <numerusform>Évaluation %1 : %n participants issus de %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agency(ies)</source>
        <translation>
            <numerusform>%n organisme</numerusform>
            <numerusform>%n organismes</numerusform>
        </translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
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
        <translation>Effectifs</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Étendue</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Retenu</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>Divergence</translation>
    </message>
    <message>
        <source>Counts are of levels %1 upwards; ! marks a divergent item (range of 2 or more, or levels and N/A both given).
</source>
        <translation>Les effectifs portent sur les niveaux %1 et au-delà ; ! signale un élément divergent (étendue de 2 ou plus, ou à la fois des niveaux et N/A).
</translation>
    </message>
</context>
<context>
    <name>Contribution</name>
    <message>
        <source>Participant %1</source>
        <translation>Participant %1</translation>
    </message>
</context>
<context>
    <name>ContributionCsv</name>
    <message>
        <source>%1: the file is empty (expected the header row %2)</source>
        <translation>%1 : le fichier est vide (ligne d&apos;en-tête attendue : %2)</translation>
    </message>
    <message>
        <source>%1: line %2: the column &quot;%3&quot; is missing (expected the header row %4)</source>
        <translation>%1 : ligne %2 : la colonne « %3 » est absente (ligne d&apos;en-tête attendue : %4)</translation>
    </message>
    <message>
        <source>%1: line %2: unexpected column &quot;%3&quot; (expected the header row %4)</source>
        <translation>%1 : ligne %2 : colonne inattendue « %3 » (ligne d&apos;en-tête attendue : %4)</translation>
    </message>
    <message>
        <source>%1: line %2: the columns are not in order or a column is repeated (expected the header row %3)</source>
        <translation>%1 : ligne %2 : les colonnes ne sont pas dans l&apos;ordre ou une colonne est répétée (ligne d&apos;en-tête attendue : %3)</translation>
    </message>
    <message numerus="yes">
        <source>%1: line %2: %Ln field(s) where the header has %3</source>
        <translation>
            <numerusform>%1 : ligne %2 : %Ln champ alors que l&apos;en-tête en a %3</numerusform>
            <numerusform>%1 : ligne %2 : %Ln champs alors que l&apos;en-tête en a %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: line %2: the participant is empty (every row needs a participant name)</source>
        <translation>%1 : ligne %2 : le participant est vide (chaque ligne doit indiquer le nom d&apos;un participant)</translation>
    </message>
    <message>
        <source>%1: line %2: the participant is empty but the agency is &quot;%3&quot; (every row needs a participant name)</source>
        <translation>%1 : ligne %2 : le participant est vide mais l&apos;organisme est « %3 » (chaque ligne doit indiquer le nom d&apos;un participant)</translation>
    </message>
    <message>
        <source>%1: line %2: unknown item &quot;%3&quot; (not in framework %4)</source>
        <translation>%1 : ligne %2 : élément inconnu « %3 » (absent du cadre %4)</translation>
    </message>
    <message>
        <source>%1: line %2: participant &quot;%3&quot; already has a row for item %4 on line %5</source>
        <translation>%1 : ligne %2 : le participant « %3 » a déjà une ligne pour l&apos;élément %4, à la ligne %5</translation>
    </message>
    <message>
        <source>%1: line %2: the comment has %3 characters; at most %4 are allowed</source>
        <translation>%1 : ligne %2 : le commentaire compte %3 caractères ; au plus %4 sont admis</translation>
    </message>
    <message>
        <source>%1: line %2: framework %3 does not allow &quot;not applicable&quot;</source>
        <translation>%1 : ligne %2 : le cadre %3 n&apos;admet pas « sans objet »</translation>
    </message>
    <message>
        <source>%1: line %2: score &quot;%3&quot; is not a level %4–%5, NA or empty</source>
        <translation>%1 : ligne %2 : la note « %3 » n&apos;est ni un niveau de %4 à %5, ni NA, ni vide</translation>
    </message>
    <message>
        <source>%1: line %2: score %3 is off the scale (expected a level %4–%5, NA or empty)</source>
        <translation>%1 : ligne %2 : la note %3 est hors de l&apos;échelle (attendu : un niveau de %4 à %5, NA ou vide)</translation>
    </message>
    <message>
        <source>%1: line %2: the participant&apos;s name has %3 characters; at most %4 are allowed</source>
        <translation>%1 : ligne %2 : le nom du participant compte %3 caractères ; au plus %4 sont admis</translation>
    </message>
    <message>
        <source>%1: line %2: the agency has %3 characters; at most %4 are allowed</source>
        <translation>%1 : ligne %2 : le nom de l&apos;organisme compte %3 caractères ; au plus %4 sont admis</translation>
    </message>
    <message>
        <source>%1: line %2: participant &quot;%3&quot; has agency &quot;%4&quot; here but &quot;%5&quot; on line %6</source>
        <translation>%1 : ligne %2 : le participant « %3 » a ici l&apos;organisme « %4 », mais « %5 » à la ligne %6</translation>
    </message>
</context>
<context>
    <name>ContributionImport</name>
    <message>
        <source>%1: unknown kind of file: expected a spreadsheet of votes (.csv) or an assessment exchange file (.json)</source>
        <translation>%1 : type de fichier inconnu : un tableau de votes (.csv) ou un fichier d&apos;échange d&apos;évaluation (.json) est attendu</translation>
    </message>
    <message>
        <source>%1: a spreadsheet of votes names its participants and agencies in its own columns; a participant or agency is given only with an exchange (.json) file</source>
        <translation>%1 : un tableau de votes indique ses participants et organismes dans ses propres colonnes ; un participant ou un organisme ne se donne qu&apos;avec un fichier d&apos;échange (.json)</translation>
    </message>
    <message>
        <source>%1: $.framework.id: the file is an assessment on framework %2, but the assessment it would contribute to is on framework %3</source>
        <translation>%1 : $.framework.id : le fichier est une évaluation sur le cadre %2, mais l&apos;évaluation à laquelle il contribuerait porte sur le cadre %3</translation>
    </message>
</context>
<context>
    <name>ContributionJson</name>
    <message>
        <source>%1 contributions; at most %2 per assessment are allowed</source>
        <translation>%1 contributions ; au plus %2 sont admises par évaluation</translation>
    </message>
    <message>
        <source>participant %1 has an earlier contribution</source>
        <translation>le participant %1 a une contribution antérieure</translation>
    </message>
    <message>
        <source>%1 is not a date and time like 2024-05-01T09:30:00Z</source>
        <translation>%1 n&apos;est pas une date et heure comme 2024-05-01T09:30:00Z</translation>
    </message>
    <message>
        <source>item %1 already has a view in this contribution</source>
        <translation>l&apos;élément %1 a déjà un avis dans cette contribution</translation>
    </message>
    <message>
        <source>unknown item %1 (not in framework %2)</source>
        <translation>élément inconnu %1 (absent du cadre %2)</translation>
    </message>
    <message>
        <source>%1 is off the scale %2–%3</source>
        <translation>%1 est hors de l&apos;échelle %2–%3</translation>
    </message>
    <message>
        <source>true together with a score: a view is either a level or not applicable</source>
        <translation>true avec une note : un avis est soit un niveau, soit sans objet</translation>
    </message>
    <message>
        <source>framework %1 does not allow &quot;not applicable&quot;</source>
        <translation>le cadre %1 n&apos;admet pas « sans objet »</translation>
    </message>
</context>
<context>
    <name>ContributionRecords</name>
    <message>
        <source>assessment %1 has no contribution from %2</source>
        <translation>l&apos;évaluation %1 n&apos;a pas de contribution de %2</translation>
    </message>
    <message>
        <source>participant %1 appears twice</source>
        <translation>le participant %1 apparaît deux fois</translation>
    </message>
    <message>
        <source>%1 has two views on item %2</source>
        <translation>%1 a deux avis sur l&apos;élément %2</translation>
    </message>
    <message>
        <source>score %1 is off the scale %2–%3</source>
        <translation>la note %1 est hors de l&apos;échelle %2–%3</translation>
    </message>
    <message>
        <source>framework %1 does not allow &quot;not applicable&quot;</source>
        <translation>le cadre %1 n&apos;admet pas « sans objet »</translation>
    </message>
    <message>
        <source>an item is either scored or not applicable, not both</source>
        <translation>un élément est soit noté, soit sans objet, pas les deux</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1: line %2: a quote inside an unquoted field (quote the whole field and double the quotes inside it)</source>
        <translation>%1 : ligne %2 : un guillemet dans un champ sans guillemets (mettez tout le champ entre guillemets et doublez les guillemets qu&apos;il contient)</translation>
    </message>
    <message>
        <source>%1: line %2: a quoted field opened on this line is not closed</source>
        <translation>%1 : ligne %2 : un champ entre guillemets ouvert sur cette ligne n&apos;est pas fermé</translation>
    </message>
    <message>
        <source>%1: line %2: text after the closing quote of a field</source>
        <translation>%1 : ligne %2 : du texte suit le guillemet fermant d&apos;un champ</translation>
    </message>
    <message>
        <source>%1: line %2: the text is not valid UTF-8 (save the file as UTF-8)</source>
        <translation>%1 : ligne %2 : le texte n&apos;est pas en UTF-8 valide (enregistrez le fichier en UTF-8)</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>%1: a server database is backed up by its administrator (pg_dump); `iamm copy --from %1 --to FILE` copies its assessments into a file</source>
        <translation>%1 : une base de données sur un serveur est sauvegardée par son administrateur (pg_dump) ; `iamm copy --from %1 --to FILE` copie ses évaluations dans un fichier</translation>
    </message>
    <message>
        <source>%1: cannot move it to %2</source>
        <translation>%1 : impossible de le déplacer vers %2</translation>
    </message>
    <message>
        <source>%1: already exists; choose another backup file</source>
        <translation>%1 : existe déjà ; choisissez un autre fichier de sauvegarde</translation>
    </message>
    <message>
        <source>%1: backup failed: %2</source>
        <translation>%1 : échec de la sauvegarde : %2</translation>
    </message>
    <message>
        <source>%1: backup failed: cannot rename %2 to it</source>
        <translation>%1 : échec de la sauvegarde : impossible d&apos;y renommer %2</translation>
    </message>
    <message>
        <source>%1: cannot create the backups folder</source>
        <translation>%1 : impossible de créer le dossier des sauvegardes</translation>
    </message>
    <message>
        <source>%1: the database is damaged (%2)</source>
        <translation>%1 : la base de données est endommagée (%2)</translation>
    </message>
    <message>
        <source>%1: not an IAMM database (no schema version)</source>
        <translation>%1 : pas une base de données IAMM (aucune version de schéma)</translation>
    </message>
    <message>
        <source>%1: schema version %2 is newer than this program knows (%3)</source>
        <translation>%1 : la version de schéma %2 est plus récente que celles que ce programme connaît (%3)</translation>
    </message>
    <message>
        <source>the server&apos;s administrator restores it from the server&apos;s backup</source>
        <translation>l&apos;administrateur du serveur la restaure à partir de la sauvegarde du serveur</translation>
    </message>
    <message>
        <source>no backup to restore from in %1</source>
        <translation>aucune sauvegarde à restaurer dans %1</translation>
    </message>
    <message>
        <source>restore from %1</source>
        <translation>restaurez à partir de %1</translation>
    </message>
    <message>
        <source>%1: %2; `iamm copy --from %3 --to %1` copies assessments back</source>
        <translation>%1 : %2 ; `iamm copy --from %3 --to %1` y recopie les évaluations</translation>
    </message>
    <message>
        <source>%1: no such backup file</source>
        <translation>%1 : ce fichier de sauvegarde n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1: not restored, the backup is unusable: %2</source>
        <translation>%1 : non restaurée, la sauvegarde est inutilisable : %2</translation>
    </message>
    <message>
        <source>%1: not restored, cannot copy the backup to %2</source>
        <translation>%1 : non restaurée, impossible de copier la sauvegarde vers %2</translation>
    </message>
    <message>
        <source>%1: cannot move the restored copy %2 into place</source>
        <translation>%1 : impossible de mettre en place la copie restaurée %2</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>%1: no assessment with id &quot;%2&quot;; nothing was copied</source>
        <translation>%1 : aucune évaluation avec l&apos;identifiant « %2 » ; rien n&apos;a été copié</translation>
    </message>
    <message>
        <source>%1: the database is read-only (%2); nothing was copied</source>
        <translation>%1 : la base de données est en lecture seule (%2) ; rien n&apos;a été copié</translation>
    </message>
    <message>
        <source>%1: the database is damaged (%2): run `iamm check`; nothing was copied</source>
        <translation>%1 : la base de données est endommagée (%2) : exécutez `iamm check` ; rien n&apos;a été copié</translation>
    </message>
    <message>
        <source>%1: peer group %2 read back differs from the source; nothing was copied</source>
        <translation>%1 : le groupe de pairs %2 relu diffère de la source ; rien n&apos;a été copié</translation>
    </message>
    <message>
        <source>%1: assessment %2 read back differs from the source (SHA-256 %3, expected %4); nothing was copied</source>
        <translation>%1 : l&apos;évaluation %2 relue diffère de la source (SHA-256 %3, attendu %4) ; rien n&apos;a été copié</translation>
    </message>
</context>
<context>
    <name>DatabaseFile</name>
    <message>
        <source>the folder %1 is not writable</source>
        <translation>le dossier %1 n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <source>the file is not writable</source>
        <translation>le fichier n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 est un dossier, pas un fichier de base de données</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a SQLite database</source>
        <translation>%1 est un fichier vide, pas une base de données SQLite</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database (%2 bytes, shorter than a SQLite header; cut short?)</source>
        <translation>%1 n&apos;est pas une base de données SQLite (%2 octets, moins qu&apos;un en-tête SQLite ; tronqué ?)</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database (its header is not &quot;SQLite format 3&quot;)</source>
        <translation>%1 n&apos;est pas une base de données SQLite (son en-tête n&apos;est pas « SQLite format 3 »)</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>%1: %2; expected postgresql://USER@HOST[:PORT]/DBNAME</source>
        <translation>%1 : %2 ; attendu : postgresql://USER@HOST[:PORT]/DBNAME</translation>
    </message>
    <message>
        <source>%1: a password does not belong in the database address, where others can read it; put it in ~/.pgpass or the file PGPASSFILE names</source>
        <translation>%1 : un mot de passe n&apos;a pas sa place dans l&apos;adresse de la base de données, où d&apos;autres peuvent le lire ; placez-le dans ~/.pgpass ou dans le fichier que désigne PGPASSFILE</translation>
    </message>
    <message>
        <source>no user name</source>
        <translation>aucun nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>no database name</source>
        <translation>aucun nom de base de données</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot; (known: %2)</source>
        <translation>option inconnue « %1 » (connues : %2)</translation>
    </message>
</context>
<context>
    <name>DatabaseProblemPage</name>
    <message>
        <source>The database cannot be used</source>
        <translation>La base de données est inutilisable</translation>
    </message>
    <message>
        <source>Nothing was changed in the file. Backups are kept in %1.</source>
        <translation>Le fichier n&apos;a pas été modifié. Les sauvegardes sont conservées dans %1.</translation>
    </message>
    <message>
        <source>The newest good backup is %1. Restoring it replaces the database; the replaced file is kept beside it.</source>
        <translation>La sauvegarde valide la plus récente est %1. La restaurer remplace la base de données ; le fichier remplacé est conservé à côté.</translation>
    </message>
    <message>
        <source>There is no good backup yet. Choose a backup file or copy of the database to restore, or run “iamm check” to see every problem.</source>
        <translation>Il n&apos;existe pas encore de sauvegarde valide. Choisissez un fichier de sauvegarde ou une copie de la base à restaurer, ou lancez « iamm check » pour voir tous les problèmes.</translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation>Restaurer la sauvegarde la plus récente</translation>
    </message>
    <message>
        <source>Restore the database from %1</source>
        <translation>Restaurer la base de données depuis %1</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>Restaurer depuis un fichier…</translation>
    </message>
    <message>
        <source>Choose a backup file to restore the database from</source>
        <translation>Choisir le fichier de sauvegarde à partir duquel restaurer la base</translation>
    </message>
    <message>
        <source>Restore the database from a backup</source>
        <translation>Restaurer la base de données depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Databases (*.sqlite)</source>
        <translation>Bases de données (*.sqlite)</translation>
    </message>
    <message>
        <source>Nothing was changed in the database. Check the address, the password and the network, or open another database.</source>
        <translation>Rien n’a été modifié dans la base de données. Vérifiez l’adresse, le mot de passe et le réseau, ou ouvrez une autre base de données.</translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation>Ouvrir une autre base de données…</translation>
    </message>
    <message>
        <source>Open another database file or a shared database on a server</source>
        <translation>Ouvrir un autre fichier de base de données ou une base de données partagée sur un serveur</translation>
    </message>
</context>
<context>
    <name>DemoOfferPane</name>
    <message>
        <source>This database has no assessments yet</source>
        <translation>Cette base ne contient encore aucune évaluation</translation>
    </message>
    <message>
        <source>To see how a workshop runs, load the demo: six fictitious states (Aurelia and its neighbours, codes XAA–XAF) with invented ratings, evidence and actions. Every name and score in it is made up. You can delete the demo assessments at any time.</source>
        <translation>Pour voir comment se déroule un atelier, chargez la démonstration : six États fictifs (Aurelia et ses voisins, codes XAA–XAF) avec des niveaux, des preuves et des actions inventés. Tous les noms et scores y sont imaginaires. Vous pouvez supprimer les évaluations de démonstration à tout moment.</translation>
    </message>
    <message>
        <source>Load the demo workshop</source>
        <translation>Charger l&apos;atelier de démonstration</translation>
    </message>
    <message>
        <source>Load the fictitious demo workshop</source>
        <translation>Charger l&apos;atelier de démonstration fictif</translation>
    </message>
    <message>
        <source>Create the first assessment…</source>
        <translation>Créer la première évaluation…</translation>
    </message>
    <message>
        <source>Create the first assessment</source>
        <translation>Créer la première évaluation</translation>
    </message>
</context>
<context>
    <name>DemoWorkshop</name>
    <message>
        <source>%1: the demo workshop is already in this database</source>
        <translation>%1 : l&apos;atelier de démonstration est déjà dans cette base de données</translation>
    </message>
</context>
<context>
    <name>DissentNote</name>
    <message>
        <source>Dissent note</source>
        <translation>Opinion divergente</translation>
    </message>
    <message>
        <source>Dissent note: what the disagreement was</source>
        <translation>Opinion divergente : sur quoi portait le désaccord</translation>
    </message>
    <message>
        <source>The agreed level departs from the room&apos;s views: note what the disagreement was, for example: labour and interior read level 3 as requiring a written strategy.</source>
        <translation>Le niveau convenu s&apos;écarte des avis exprimés dans la salle : notez sur quoi portait le désaccord, par exemple : le travail et l&apos;intérieur lisent le niveau 3 comme exigeant une stratégie écrite.</translation>
    </message>
</context>
<context>
    <name>EditConflictNotice</name>
    <message>
        <source>Your text, not saved:</source>
        <translation>Votre texte, non enregistré :</translation>
    </message>
    <message>
        <source>Your text, not saved</source>
        <translation>Votre texte, non enregistré</translation>
    </message>
    <message>
        <source>Use my text</source>
        <translation>Utiliser mon texte</translation>
    </message>
    <message>
        <source>Keep the newer text</source>
        <translation>Garder le texte plus récent</translation>
    </message>
</context>
<context>
    <name>EditHistory</name>
    <message>
        <source>assessment %1: there is no change to undo</source>
        <translation>évaluation %1 : aucune modification à annuler</translation>
    </message>
    <message>
        <source>assessment %1: there is no undone change to redo</source>
        <translation>évaluation %1 : aucune modification annulée à rétablir</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss the error message</source>
        <translation>Fermer le message d&apos;erreur</translation>
    </message>
</context>
<context>
    <name>EvidenceDelegate</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Confidential · added %1</source>
        <translation>Confidentiel · ajouté le %1</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>Ajouté le %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
</context>
<context>
    <name>EvidenceRecords</name>
    <message>
        <source>an evidence note needs a text</source>
        <translation>une note de preuve doit avoir un texte</translation>
    </message>
    <message>
        <source>%1 is not a complete link (expected e.g. https://example.org/page)</source>
        <translation>%1 n&apos;est pas un lien complet (attendu par exemple https://example.org/page)</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1 : ce fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1: the file is %2 MiB; evidence files are limited to %3 MiB</source>
        <translation>%1 : le fichier fait %2 Mio ; les fichiers de preuve sont limités à %3 Mio</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message>
        <source>%1: no evidence with id %2</source>
        <translation>%1 : aucune preuve avec l&apos;identifiant %2</translation>
    </message>
</context>
<context>
    <name>EvidenceSection</name>
    <message>
        <source>Evidence (%1)</source>
        <translation>Preuves (%1)</translation>
    </message>
    <message>
        <source>No evidence recorded for this item yet.</source>
        <translation>Aucune preuve enregistrée pour cet élément.</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Ajouter une note…</translation>
    </message>
    <message>
        <source>Add a note as evidence</source>
        <translation>Ajouter une note comme preuve</translation>
    </message>
    <message>
        <source>Add link…</source>
        <translation>Ajouter un lien…</translation>
    </message>
    <message>
        <source>Add a link as evidence</source>
        <translation>Ajouter un lien comme preuve</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Ajouter un fichier…</translation>
    </message>
    <message>
        <source>Add a file as evidence</source>
        <translation>Ajouter un fichier comme preuve</translation>
    </message>
    <message>
        <source>Choose a file to add as evidence</source>
        <translation>Choisir un fichier à ajouter comme preuve</translation>
    </message>
    <message>
        <source>Remove the evidence “%1” from this item?</source>
        <translation>Retirer la preuve « %1 » de cet élément ?</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Retirer la preuve</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>ExchangeReader</name>
    <message>
        <source>%1 actions; at most %2 per assessment are allowed</source>
        <translation>%1 actions ; au plus %2 sont admises par évaluation</translation>
    </message>
    <message>
        <source>%1 is not an assessment exchange file (expected &quot;iamm-assessment&quot;)</source>
        <translation>%1 n&apos;est pas un fichier d&apos;échange d&apos;évaluation (&quot;iamm-assessment&quot; attendu)</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>champ obligatoire manquant</translation>
    </message>
    <message>
        <source>format version %1 is not supported (this program reads version 1)</source>
        <translation>la version de format %1 n&apos;est pas prise en charge (ce programme lit la version 1)</translation>
    </message>
    <message>
        <source>unknown framework %1 (installed: %2)</source>
        <translation>cadre inconnu %1 (installés : %2)</translation>
    </message>
    <message>
        <source>the file uses %1 version %2 but the installed %1 is version %3</source>
        <translation>le fichier utilise %1 version %2, mais le %1 installé est en version %3</translation>
    </message>
    <message>
        <source>%1 is not a SHA-256 in lowercase hex</source>
        <translation>%1 n&apos;est pas un SHA-256 en hexadécimal minuscule</translation>
    </message>
    <message>
        <source>%1 is not an ISO 3166 alpha-3 state code</source>
        <translation>%1 n&apos;est pas un code d&apos;État ISO 3166 alpha-3</translation>
    </message>
    <message>
        <source>%1 is not a UUID (lowercase, without braces)</source>
        <translation>%1 n&apos;est pas un UUID (en minuscules, sans accolades)</translation>
    </message>
    <message>
        <source>%1 is not the UUID of another assessment</source>
        <translation>%1 n&apos;est pas l&apos;UUID d&apos;une autre évaluation</translation>
    </message>
    <message>
        <source>%1 team members; at most %2 are allowed</source>
        <translation>%1 membres d&apos;équipe ; au plus %2 sont admis</translation>
    </message>
    <message>
        <source>item %1 already has a response at %2</source>
        <translation>l&apos;élément %1 a déjà une réponse en %2</translation>
    </message>
    <message>
        <source>more than %1 evidence entries; at most %1 per assessment are allowed</source>
        <translation>plus de %1 preuves ; au plus %1 sont admises par évaluation</translation>
    </message>
    <message>
        <source>framework %1 does not allow &quot;not applicable&quot;</source>
        <translation>le cadre %1 n&apos;admet pas &quot;not applicable&quot;</translation>
    </message>
    <message>
        <source>true together with score %1: an item is either rated or not applicable</source>
        <translation>true avec la note %1 : un élément est soit noté, soit non applicable</translation>
    </message>
    <message>
        <source>%1 is not an integer on the scale %2–%3</source>
        <translation>%1 n&apos;est pas un entier de l&apos;échelle %2–%3</translation>
    </message>
    <message>
        <source>%1 is off the scale %2–%3</source>
        <translation>%1 est hors de l&apos;échelle %2–%3</translation>
    </message>
    <message>
        <source>%1 is not a complete link (expected e.g. https://example.org/page)</source>
        <translation>%1 n&apos;est pas un lien complet (attendu par exemple https://example.org/page)</translation>
    </message>
    <message>
        <source>evidence of kind %1 has no &quot;%2&quot;</source>
        <translation>une preuve de type %1 n&apos;a pas de &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 is not a date and time like 2024-05-01T09:30:00Z</source>
        <translation>%1 n&apos;est pas une date et heure comme 2024-05-01T09:30:00Z</translation>
    </message>
    <message>
        <source>%1 is not a plain file name</source>
        <translation>%1 n&apos;est pas un simple nom de fichier</translation>
    </message>
    <message>
        <source>expected a byte count, found %1</source>
        <translation>un nombre d&apos;octets est attendu, trouvé : %1</translation>
    </message>
    <message>
        <source>%1 bytes is oversized: an evidence file may have at most %2 bytes</source>
        <translation>%1 octets, c&apos;est trop : un fichier de preuve peut compter au plus %2 octets</translation>
    </message>
    <message>
        <source>the content is not valid base64</source>
        <translation>le contenu n&apos;est pas du base64 valide</translation>
    </message>
    <message>
        <source>%1 bytes of content is oversized: an evidence file may have at most %2 bytes</source>
        <translation>%1 octets de contenu, c&apos;est trop : un fichier de preuve peut compter au plus %2 octets</translation>
    </message>
    <message>
        <source>wrong size: %1 declared but the content has %2 bytes</source>
        <translation>taille erronée : %1 déclarée, mais le contenu compte %2 octets</translation>
    </message>
    <message>
        <source>wrong hash: %1 declared but the content hashes to %2</source>
        <translation>empreinte erronée : %1 déclarée, mais le contenu donne %2</translation>
    </message>
    <message>
        <source>unknown checklist entry %1 (not in framework %2)</source>
        <translation>entrée de liste de contrôle inconnue %1 (absente du cadre %2)</translation>
    </message>
    <message>
        <source>checklist entry %1 belongs to item %2, not %3</source>
        <translation>l&apos;entrée de liste de contrôle %1 appartient à l&apos;élément %2, pas à %3</translation>
    </message>
    <message>
        <source>checklist entry %1 is already at %2</source>
        <translation>l&apos;entrée de liste de contrôle %1 figure déjà en %2</translation>
    </message>
    <message>
        <source>required field is missing (null for no date)</source>
        <translation>champ obligatoire manquant (null pour aucune date)</translation>
    </message>
    <message>
        <source>unknown item %1 (not in framework %2)</source>
        <translation>élément inconnu %1 (absent du cadre %2)</translation>
    </message>
    <message>
        <source>%1 is not a calendar date in the form YYYY-MM-DD</source>
        <translation>%1 n&apos;est pas une date de calendrier au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 n&apos;est pas l&apos;une des valeurs %2</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>%1 has %2 characters; at most %3 are allowed</source>
        <translation>%1 compte %2 caractères ; au plus %3 sont admis</translation>
    </message>
    <message>
        <source>the file&apos;s %1 %2 has hash %3 but the installed one has %4: the two frameworks differ</source>
        <translation>le cadre %1 %2 du fichier a l&apos;empreinte %3, mais celui installé a %4 : les deux cadres diffèrent</translation>
    </message>
</context>
<context>
    <name>FacilitationJson</name>
    <message>
        <source>%1 entries; at most %2 are allowed</source>
        <translation>%1 entrées ; au plus %2 sont admises</translation>
    </message>
    <message>
        <source>item %1 already has a facilitator note</source>
        <translation>l&apos;élément %1 a déjà une note de l&apos;animateur</translation>
    </message>
    <message>
        <source>a question that is not done has no time when it was done</source>
        <translation>une question non traitée n&apos;a pas d&apos;heure de traitement</translation>
    </message>
    <message>
        <source>unknown item %1 (not in framework %2)</source>
        <translation>élément inconnu %1 (absent du cadre %2)</translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation>le texte est vide</translation>
    </message>
    <message>
        <source>%1 is not a date and time like 2024-05-01T09:30:00Z</source>
        <translation>%1 n&apos;est pas une date et heure comme 2024-05-01T09:30:00Z</translation>
    </message>
</context>
<context>
    <name>FacilitationRecords</name>
    <message>
        <source>a parked question on item %1 needs a text</source>
        <translation>une question en suspens sur l&apos;élément %1 doit avoir un texte</translation>
    </message>
    <message>
        <source>assessment %1 has no parked question %2</source>
        <translation>l&apos;évaluation %1 n&apos;a pas de question en suspens %2</translation>
    </message>
    <message>
        <source>agenda session %1: %2</source>
        <translation>séance %1 de l&apos;ordre du jour : %2</translation>
    </message>
</context>
<context>
    <name>FacilitatorSection</name>
    <message>
        <source>Facilitator&apos;s notes and parking lot</source>
        <translation>Notes de l&apos;animateur et questions en suspens</translation>
    </message>
    <message>
        <source>Facilitator (private)</source>
        <translation>Animateur (privé)</translation>
    </message>
    <message>
        <source>Open questions in the parking lot: %1, on this item: %2</source>
        <translation>Questions en suspens : %1, sur cet élément : %2</translation>
    </message>
    <message>
        <source>Open questions in the parking lot: %1, on this item: %2 · this item has a note</source>
        <translation>Questions en suspens : %1, sur cet élément : %2 · cet élément a une note</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Hide the facilitator&apos;s notes</source>
        <translation>Masquer les notes de l&apos;animateur</translation>
    </message>
    <message>
        <source>Show the facilitator&apos;s notes</source>
        <translation>Afficher les notes de l&apos;animateur</translation>
    </message>
    <message>
        <source>Private note on this item: who to ask, what to check, what was said off the record</source>
        <translation>Note privée sur cet élément : qui consulter, quoi vérifier, ce qui a été dit officieusement</translation>
    </message>
    <message>
        <source>Facilitator&apos;s private note on this item</source>
        <translation>Note privée de l&apos;animateur sur cet élément</translation>
    </message>
    <message>
        <source>A question to come back to</source>
        <translation>Une question à reprendre plus tard</translation>
    </message>
    <message>
        <source>Question to park on this item</source>
        <translation>Question à mettre en suspens sur cet élément</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Mettre en suspens</translation>
    </message>
    <message>
        <source>Park the question on this item</source>
        <translation>Mettre la question en suspens sur cet élément</translation>
    </message>
    <message>
        <source>Parking lot (%1 open)…</source>
        <translation>Questions en suspens (%1)…</translation>
    </message>
    <message>
        <source>Agenda…</source>
        <translation>Ordre du jour…</translation>
    </message>
    <message>
        <source>Plan the agenda: sessions of items, each with a time box</source>
        <translation>Planifier l&apos;ordre du jour : des séances d&apos;éléments, chacune avec sa durée</translation>
    </message>
    <message numerus="yes">
        <source>Open the parking lot: %n open question(s)</source>
        <translation>
            <numerusform>Ouvrir les questions en suspens : %n question ouverte</numerusform>
            <numerusform>Ouvrir les questions en suspens : %n questions ouvertes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindItemDialog</name>
    <message>
        <source>Find an item</source>
        <translation>Chercher un élément</translation>
    </message>
    <message>
        <source>Words from the item&apos;s text, or its id such as EP-07</source>
        <translation>Mots du texte de l&apos;élément, ou son code, p. ex. EP-07</translation>
    </message>
    <message>
        <source>Find an item by its text or id</source>
        <translation>Chercher un élément par son texte ou son code</translation>
    </message>
    <message>
        <source>No item contains “%1”.</source>
        <translation>Aucun élément ne contient « %1 ».</translation>
    </message>
    <message>
        <source>Matching items</source>
        <translation>Éléments correspondants</translation>
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
        <translation>doit valoir &quot;iamm-framework&quot;</translation>
    </message>
    <message>
        <source>unsupported version (this program reads 1)</source>
        <translation>version non prise en charge (ce programme lit la 1)</translation>
    </message>
    <message>
        <source>a framework needs at least one section</source>
        <translation>un cadre doit comporter au moins une section</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>%1 does not match %2</source>
        <translation>%1 ne correspond pas à %2</translation>
    </message>
    <message>
        <source>must be greater than min</source>
        <translation>doit être supérieur à min</translation>
    </message>
    <message>
        <source>a scale has at most %1 levels</source>
        <translation>une échelle compte au plus %1 niveaux</translation>
    </message>
    <message>
        <source>%1 is outside %2–%3</source>
        <translation>%1 est hors de %2–%3</translation>
    </message>
    <message>
        <source>expected %1: levels run from min to max in order</source>
        <translation>%1 attendu : les niveaux vont de min à max dans l&apos;ordre</translation>
    </message>
    <message>
        <source>expected %1 levels (min %2 to max %3), found %4</source>
        <translation>%1 niveaux attendus (de min %2 à max %3), %4 trouvés</translation>
    </message>
    <message>
        <source>a section needs at least one item</source>
        <translation>une section doit comporter au moins un élément</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must start with its section id &quot;%2-&quot;</source>
        <translation>« %1 » doit commencer par l&apos;identifiant de sa section « %2- »</translation>
    </message>
    <message>
        <source>guidance must be marked &quot;product&quot;</source>
        <translation>guidance doit être marqué &quot;product&quot;</translation>
    </message>
    <message>
        <source>duplicate id %1</source>
        <translation>identifiant %1 en double</translation>
    </message>
</context>
<context>
    <name>FrameworkRegistry</name>
    <message>
        <source>%1: $.id: framework %2 is already provided by %3; this file is ignored</source>
        <translation>%1 : $.id : le cadre %2 est déjà fourni par %3 ; ce fichier est ignoré</translation>
    </message>
    <message>
        <source>%1: cannot load: %2</source>
        <translation>%1 : chargement impossible : %2</translation>
    </message>
    <message>
        <source>%1: $.framework: no framework %2 is available</source>
        <translation>%1 : $.framework : aucun cadre %2 n&apos;est disponible</translation>
    </message>
    <message>
        <source>unknown framework %1 (available: %2)</source>
        <translation>cadre inconnu %1 (disponibles : %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1: $.language: the %2 translation of %3 is already provided by %4; this file is ignored</source>
        <translation>%1 : $.language : la traduction %2 de %3 est déjà fournie par %4 ; ce fichier est ignoré</translation>
    </message>
</context>
<context>
    <name>FrameworkTranslationLoader</name>
    <message>
        <source>%1 does not match %2</source>
        <translation>%1 ne correspond pas à %2</translation>
    </message>
    <message>
        <source>%1 is not &quot;working-translation&quot; or &quot;official&quot;</source>
        <translation>%1 n&apos;est ni &quot;working-translation&quot; ni &quot;official&quot;</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>a translation needs at least one text</source>
        <translation>une traduction doit comporter au moins un texte</translation>
    </message>
    <message>
        <source>must be &quot;iamm-framework-translation&quot;</source>
        <translation>doit valoir &quot;iamm-framework-translation&quot;</translation>
    </message>
    <message>
        <source>unsupported version (this program reads 1)</source>
        <translation>version non prise en charge (ce programme lit la 1)</translation>
    </message>
    <message>
        <source>English is the framework&apos;s own language</source>
        <translation>l&apos;anglais est la langue propre du cadre</translation>
    </message>
    <message>
        <source>an official translation must name its source</source>
        <translation>une traduction officielle doit indiquer sa source</translation>
    </message>
    <message>
        <source>%1 is not the framework %2 of %3</source>
        <translation>%1 n&apos;est pas le cadre %2 de %3</translation>
    </message>
    <message>
        <source>refers to no text of framework %1</source>
        <translation>ne renvoie à aucun texte du cadre %1</translation>
    </message>
</context>
<context>
    <name>GapAnalysis</name>
    <message>
        <source>%1: no assessment for %2</source>
        <translation>%1 : aucune évaluation pour %2</translation>
    </message>
    <message>
        <source>the minimum number of peers must be at least 1 (got %1)</source>
        <translation>le nombre minimal de pairs doit être d&apos;au moins 1 (reçu : %1)</translation>
    </message>
    <message>
        <source>assessment %1 belongs to %2, not %3</source>
        <translation>l&apos;évaluation %1 appartient à %2, pas à %3</translation>
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
        <translation>Rapport d&apos;écarts pour %1
</translation>
    </message>
    <message>
        <source>Peer group: %1 (%2)
</source>
        <translation>Groupe de pairs : %1 (%2)
</translation>
    </message>
    <message>
        <source>Peer group: %1
</source>
        <translation>Groupe de pairs : %1
</translation>
    </message>
    <message>
        <source>%1 is not a member of %2: it is compared with all the group&apos;s members
</source>
        <translation>%1 n&apos;est pas membre de %2 : il est comparé à tous les membres du groupe
</translation>
    </message>
    <message>
        <source>Assessment: %1, dated %2, status %3
</source>
        <translation>Évaluation : %1, datée du %2, statut %3
</translation>
    </message>
    <message>
        <source>*** DRAFT: this assessment is not final; its figures may still change ***
</source>
        <translation>*** BROUILLON : cette évaluation n&apos;est pas définitive ; ses chiffres peuvent encore changer ***
</translation>
    </message>
    <message>
        <source>Peers used (0): none
</source>
        <translation>Pairs retenus (0) : aucun
</translation>
    </message>
    <message>
        <source>Peers used (%1): %2
</source>
        <translation>Pairs retenus (%1) : %2
</translation>
    </message>
    <message>
        <source>Missing peers: none
</source>
        <translation>Pairs manquants : aucun
</translation>
    </message>
    <message>
        <source>Missing peers: %1
</source>
        <translation>Pairs manquants : %1
</translation>
    </message>
    <message>
        <source>Minimum peers: %1 (peer figures are blank where fewer peers have a score)
</source>
        <translation>Minimum de pairs : %1 (les chiffres des pairs restent vides si moins de pairs ont une note)
</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Peer median</source>
        <translation>Médiane pairs</translation>
    </message>
    <message>
        <source>Peer n</source>
        <translation>n pairs</translation>
    </message>
    <message>
        <source>Pct rank</source>
        <translation>Rang centile</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Ensemble</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Note moyenne</translation>
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
            <numerusform>%1 : moins de %n pair, aucune valeur</numerusform>
            <numerusform>%1 : moins de %n pairs, aucune valeur</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, peer median %3</source>
        <translation>%1 : %2, médiane des pairs %3</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>non applicable</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>non noté</translation>
    </message>
    <message>
        <source>%1: level %2, peer median %3, gap %4, percentile rank %5</source>
        <translation>%1 : niveau %2, médiane des pairs %3, écart %4, rang centile %5</translation>
    </message>
</context>
<context>
    <name>GapHeatMap</name>
    <message>
        <source>Heat map of the gaps to the peer median</source>
        <translation>Carte thermique des écarts à la médiane des pairs</translation>
    </message>
    <message>
        <source>1.5 or more below</source>
        <translation>1,5 ou plus en dessous</translation>
    </message>
    <message>
        <source>0.5–1.5 below</source>
        <translation>0,5–1,5 en dessous</translation>
    </message>
    <message>
        <source>near the median</source>
        <translation>proche de la médiane</translation>
    </message>
    <message>
        <source>0.5–1.5 above</source>
        <translation>0,5–1,5 au-dessus</translation>
    </message>
    <message>
        <source>1.5 or more above</source>
        <translation>1,5 ou plus au-dessus</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>not rated or N/A</source>
        <translation>non noté ou N/A</translation>
    </message>
    <message numerus="yes">
        <source>fewer than %n peer(s): no value</source>
        <translation>
            <numerusform>moins de %n pair : aucune valeur</numerusform>
            <numerusform>moins de %n pairs : aucune valeur</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GapReportDocument</name>
    <message>
        <source>IAMM gap report – %1</source>
        <translation>Rapport d&apos;écarts IAMM – %1</translation>
    </message>
    <message>
        <source>IAMM gap report · %1 · peer group %2 · %3</source>
        <translation>Rapport d&apos;écarts IAMM · %1 · groupe de pairs %2 · %3</translation>
    </message>
    <message>
        <source>IAMM gap report · %1 · assessment of %2</source>
        <translation>Rapport d&apos;écarts IAMM · %1 · évaluation du %2</translation>
    </message>
    <message>
        <source>Contains self-assessment results of %1. Not for circulation without the agreement of the national team.</source>
        <translation>Contient les résultats de l&apos;auto-évaluation de %1. Ne pas diffuser sans l&apos;accord de l&apos;équipe nationale.</translation>
    </message>
    <message>
        <source>IAMM gap report</source>
        <translation>Rapport d&apos;écarts IAMM</translation>
    </message>
    <message>
        <source>Peer group: %1</source>
        <translation>Groupe de pairs : %1</translation>
    </message>
    <message>
        <source>Assessment: %1</source>
        <translation>Évaluation : %1</translation>
    </message>
    <message>
        <source>Assessment date: %1</source>
        <translation>Date de l&apos;évaluation : %1</translation>
    </message>
    <message>
        <source>National team: %1</source>
        <translation>Équipe nationale : %1</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>BROUILLON</translation>
    </message>
    <message>
        <source>FINAL</source>
        <translation>DÉFINITIVE</translation>
    </message>
    <message>
        <source>This report is based on a draft assessment: ratings may still change. Do not quote it as the state&apos;s agreed position.</source>
        <translation>Ce rapport repose sur une évaluation provisoire : les niveaux peuvent encore changer. Ne pas le citer comme la position arrêtée de l&apos;État.</translation>
    </message>
    <message>
        <source>This report is based on the final assessment agreed by the national team.</source>
        <translation>Ce rapport repose sur l&apos;évaluation définitive arrêtée par l&apos;équipe nationale.</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <source>Generated on %1 with iamm %2.</source>
        <translation>Produit le %1 avec iamm %2.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>%1 rated %2 of the %3 IAMM items in “%4” (%5); %6 not applicable, %7 not assessed. Peers: the newest final assessment of %8 other members of %9.</source>
        <translation>%1 a noté %2 des %3 éléments de l&apos;IAMM dans « %4 » (%5) ; %6 non applicables, %7 non évalués. Pairs : l&apos;évaluation définitive la plus récente de %8 autres membres de %9.</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Target reference</source>
        <translation>Cible de référence</translation>
    </message>
    <message>
        <source>Peer median</source>
        <translation>Médiane des pairs</translation>
    </message>
    <message>
        <source>Peers (n)</source>
        <translation>Pairs (n)</translation>
    </message>
    <message>
        <source>Percentile rank</source>
        <translation>Rang centile</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Ensemble</translation>
    </message>
    <message>
        <source>Strongest items</source>
        <translation>Éléments les plus solides</translation>
    </message>
    <message>
        <source>No item has been rated yet.</source>
        <translation>Aucun élément n&apos;a encore été noté.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Largest gaps to target</source>
        <translation>Plus grands écarts à la cible</translation>
    </message>
    <message>
        <source>No rated item is below its target.</source>
        <translation>Aucun élément noté n&apos;est en dessous de sa cible.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Largest gaps below the peer median</source>
        <translation>Plus grands écarts sous la médiane des pairs</translation>
    </message>
    <message>
        <source>Not available: no item was rated by at least %1 peers.</source>
        <translation>Non disponible : aucun élément n&apos;a été noté par au moins %1 pairs.</translation>
    </message>
    <message>
        <source>No rated item is below the peer median.</source>
        <translation>Aucun élément noté n&apos;est sous la médiane des pairs.</translation>
    </message>
    <message>
        <source>Below by</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Section standing</source>
        <translation>Position par section</translation>
    </message>
    <message>
        <source>Mean of the rated items per section, against the peers&apos; median of the same mean and the mean target. A peer median is shown only when at least %1 peers rated the section.</source>
        <translation>Moyenne des éléments notés par section, comparée à la médiane de cette même moyenne chez les pairs et à la cible moyenne. La médiane des pairs n&apos;est indiquée que si au moins %1 pairs ont noté la section.</translation>
    </message>
    <message>
        <source>Items against peers and target</source>
        <translation>Éléments par rapport aux pairs et à la cible</translation>
    </message>
    <message>
        <source>Each line is one item on the rating scale. Peer figures (range, middle half, median) are drawn only where at least %1 peers rated the item; otherwise only the state&apos;s rating and the target are shown.</source>
        <translation>Chaque ligne représente un élément sur l&apos;échelle de notation. Les chiffres des pairs (étendue, moitié centrale, médiane) ne sont tracés que si au moins %1 pairs ont noté l&apos;élément ; sinon, seuls le niveau de l&apos;État et la cible figurent.</translation>
    </message>
    <message>
        <source>Peer minimum–maximum</source>
        <translation>Minimum–maximum des pairs</translation>
    </message>
    <message>
        <source>Peer quartiles (Q1–Q3)</source>
        <translation>Quartiles des pairs (Q1–Q3)</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Tous les éléments</translation>
    </message>
    <message>
        <source>Score: the agreed level (N/A: not applicable). Gap: how far the score is below the target. Peer figures (median, n, percentile rank) need at least %1 peers rating the item; “–” means not available.</source>
        <translation>Note : le niveau arrêté (N/A : non applicable). Écart : distance de la note sous la cible. Les chiffres des pairs (médiane, n, rang centile) exigent qu&apos;au moins %1 pairs aient noté l&apos;élément ; « – » signifie non disponible.</translation>
    </message>
    <message>
        <source>Previous: the rating in the previous round (%1); Change: the score minus the previous one, or how the item moved into or out of N/A or assessment.</source>
        <translation>Précédent : le niveau du cycle précédent (%1) ; Évolution : la note moins la précédente, ou le passage de l&apos;élément vers ou hors de N/A ou de l&apos;évaluation.</translation>
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
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
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
        <translation>moins de %1 pairs</translation>
    </message>
    <message>
        <source>Percentile rank: the share of peers whose score is below the state&apos;s, counting a peer with the same score as half (100 × (below + ½ × equal) ÷ number of peers). 50 means the middle of the peers, 100 that every peer scores lower. Peer figures need at least %1 peers with a score.</source>
        <translation>Rang centile : la part des pairs dont la note est inférieure à celle de l&apos;État, un pair de même note comptant pour moitié (100 × (inférieurs + ½ × égaux) ÷ nombre de pairs). 50 correspond au milieu des pairs, 100 à des pairs tous moins bien notés. Les chiffres des pairs exigent au moins %1 pairs notés.</translation>
    </message>
    <message>
        <source>%1 is not a member of %2: it is compared with the group&apos;s members, not with its own peers.</source>
        <translation>%1 n&apos;est pas membre de %2 : il est comparé aux membres du groupe, non à ses propres pairs.</translation>
    </message>
    <message numerus="yes">
        <source>Group id: %1 · %n member(s)</source>
        <translation>
            <numerusform>Identifiant du groupe : %1 · %n membre</numerusform>
            <numerusform>Identifiant du groupe : %1 · %n membres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GapReportWriter</name>
    <message>
        <source>Cannot write the report %1: %2</source>
        <translation>Impossible d&apos;écrire le rapport %1 : %2</translation>
    </message>
</context>
<context>
    <name>GuidanceBox</name>
    <message>
        <source>Guiding questions</source>
        <translation>Questions d&apos;orientation</translation>
    </message>
    <message>
        <source>Guidance from this product to help the discussion — not part of the official IAMM text.</source>
        <translation>Aide proposée par ce logiciel pour guider la discussion — ne fait pas partie du texte officiel de l&apos;IAMM.</translation>
    </message>
</context>
<context>
    <name>ImportViewsDialog</name>
    <message>
        <source>Add participants&apos; views</source>
        <translation>Ajouter les avis des participants</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier : %1</translation>
    </message>
    <message>
        <source>One participant&apos;s own assessment: its levels and rationales become their views and comments.</source>
        <translation>L&apos;évaluation propre d&apos;un participant : ses niveaux et justifications deviennent ses avis et commentaires.</translation>
    </message>
    <message>
        <source>A spreadsheet of votes: the participants are named in the file. A participant who already has views is replaced.</source>
        <translation>Un tableau de votes : les participants sont nommés dans le fichier. Un participant ayant déjà des avis est remplacé.</translation>
    </message>
    <message>
        <source>Participant&apos;s name (may be left empty)</source>
        <translation>Nom du participant (facultatif)</translation>
    </message>
    <message>
        <source>Participant&apos;s name</source>
        <translation>Nom du participant</translation>
    </message>
    <message>
        <source>Agency or ministry</source>
        <translation>Organisme ou ministère</translation>
    </message>
    <message>
        <source>Participant&apos;s agency</source>
        <translation>Organisme du participant</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import the views</source>
        <translation>Importer les avis</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>InputLimits</name>
    <message>
        <source>the assessment title has %1 characters; at most %2 are allowed</source>
        <translation>le titre de l&apos;évaluation compte %1 caractères ; au plus %2 sont admis</translation>
    </message>
    <message>
        <source>the rationale has %1 characters; at most %2 are allowed</source>
        <translation>la justification compte %1 caractères ; au plus %2 sont admis</translation>
    </message>
    <message>
        <source>the dissent note has %1 characters; at most %2 are allowed</source>
        <translation>l&apos;opinion divergente compte %1 caractères ; au plus %2 sont admis</translation>
    </message>
    <message>
        <source>the explanation of change has %1 characters; at most %2 are allowed</source>
        <translation>l&apos;explication du changement compte %1 caractères ; au plus %2 sont admis</translation>
    </message>
    <message>
        <source>the action text has %1 characters; at most %2 are allowed</source>
        <translation>le texte de l&apos;action compte %1 caractères ; au plus %2 sont admis</translation>
    </message>
    <message>
        <source>the action owner has %1 characters; at most %2 are allowed</source>
        <translation>le nom du responsable de l&apos;action compte %1 caractères ; au plus %2 sont admis</translation>
    </message>
    <message>
        <source>the evidence note has %1 characters; at most %2 are allowed</source>
        <translation>la note de preuve compte %1 caractères ; au plus %2 sont admis</translation>
    </message>
    <message>
        <source>the evidence title has %1 characters; at most %2 are allowed</source>
        <translation>le titre de la preuve compte %1 caractères ; au plus %2 sont admis</translation>
    </message>
    <message>
        <source>the link has %1 characters; at most %2 are allowed</source>
        <translation>le lien compte %1 caractères ; au plus %2 sont admis</translation>
    </message>
    <message>
        <source>the participant&apos;s name has %1 characters; at most %2 are allowed</source>
        <translation>le nom du participant compte %1 caractères ; au plus %2 sont admis</translation>
    </message>
    <message>
        <source>the agency has %1 characters; at most %2 are allowed</source>
        <translation>le nom de l&apos;organisme compte %1 caractères ; au plus %2 sont admis</translation>
    </message>
    <message>
        <source>the source has %1 characters; at most %2 are allowed</source>
        <translation>la source compte %1 caractères ; au plus %2 sont admis</translation>
    </message>
    <message>
        <source>the comment has %1 characters; at most %2 are allowed</source>
        <translation>le commentaire compte %1 caractères ; au plus %2 sont admis</translation>
    </message>
    <message>
        <source>the facilitator note on item %3 has %1 characters; at most %2 are allowed</source>
        <translation>la note de l&apos;animateur sur l&apos;élément %3 compte %1 caractères ; au plus %2 sont admis</translation>
    </message>
    <message>
        <source>the parked question has %1 characters; at most %2 are allowed</source>
        <translation>la question en suspens compte %1 caractères ; au plus %2 sont admis</translation>
    </message>
    <message>
        <source>the title of agenda session %3 has %1 characters; at most %2 are allowed</source>
        <translation>le titre de la séance %3 de l&apos;ordre du jour compte %1 caractères ; au plus %2 sont admis</translation>
    </message>
    <message>
        <source>the name of team member %3 has %1 characters; at most %2 are allowed</source>
        <translation>le nom du membre %3 de l&apos;équipe compte %1 caractères ; au plus %2 sont admis</translation>
    </message>
    <message>
        <source>the agency of team member %3 has %1 characters; at most %2 are allowed</source>
        <translation>l&apos;organisme du membre %3 de l&apos;équipe compte %1 caractères ; au plus %2 sont admis</translation>
    </message>
    <message>
        <source>the role of team member %3 has %1 characters; at most %2 are allowed</source>
        <translation>le rôle du membre %3 de l&apos;équipe compte %1 caractères ; au plus %2 sont admis</translation>
    </message>
    <message>
        <source>assessment %3 would have %1 actions; at most %2 are allowed</source>
        <translation>l&apos;évaluation %3 compterait %1 actions ; au plus %2 sont admises</translation>
    </message>
    <message>
        <source>assessment %3 would have %1 evidence entries; at most %2 are allowed</source>
        <translation>l&apos;évaluation %3 compterait %1 preuves ; au plus %2 sont admises</translation>
    </message>
    <message>
        <source>assessment %3 would have %1 contributions; at most %2 are allowed</source>
        <translation>l&apos;évaluation %3 compterait %1 contributions ; au plus %2 sont admises</translation>
    </message>
    <message>
        <source>assessment %3 would have %1 parked questions; at most %2 are allowed</source>
        <translation>l&apos;évaluation %3 compterait %1 questions en suspens ; au plus %2 sont admises</translation>
    </message>
    <message>
        <source>the agenda of assessment %3 would have %1 sessions; at most %2 are allowed</source>
        <translation>l&apos;ordre du jour de l&apos;évaluation %3 compterait %1 séances ; au plus %2 sont admises</translation>
    </message>
    <message>
        <source>the team has %1 members; at most %2 are allowed</source>
        <translation>l&apos;équipe compte %1 membres ; au plus %2 sont admis</translation>
    </message>
    <message>
        <source>the text has %1 characters; at most %2 are allowed</source>
        <translation>le texte compte %1 caractères ; au plus %2 sont admis</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>assessment %1, evidence %2 (%3): the file content is missing</source>
        <translation>évaluation %1, preuve %2 (%3) : le contenu du fichier manque</translation>
    </message>
    <message>
        <source>assessment %1, evidence %2 (%3): size is %4 bytes, recorded %5</source>
        <translation>évaluation %1, preuve %2 (%3) : taille de %4 octets au lieu des %5 enregistrés</translation>
    </message>
    <message>
        <source>assessment %1, evidence %2 (%3): SHA-256 does not match the recorded hash</source>
        <translation>évaluation %1, preuve %2 (%3) : l&apos;empreinte SHA-256 ne correspond pas à celle enregistrée</translation>
    </message>
    <message>
        <source>%1: pinned framework %2 was altered</source>
        <translation>%1 : le cadre figé %2 a été altéré</translation>
    </message>
</context>
<context>
    <name>ItemChange</name>
    <message>
        <source>newly applicable</source>
        <translation>s&apos;applique désormais</translation>
    </message>
    <message>
        <source>now not applicable</source>
        <translation>ne s&apos;applique plus</translation>
    </message>
    <message>
        <source>newly assessed</source>
        <translation>évalué désormais</translation>
    </message>
    <message>
        <source>no longer assessed</source>
        <translation>plus évalué</translation>
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
        <translation>%1 à %2</translation>
    </message>
</context>
<context>
    <name>ItemNavigationBar</name>
    <message>
        <source>%1 · item %2 of %3</source>
        <translation>%1 · élément %2 sur %3</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Précédent</translation>
    </message>
    <message>
        <source>Previous item (Left arrow or Page Up)</source>
        <translation>Élément précédent (flèche gauche ou Page précédente)</translation>
    </message>
    <message>
        <source>Left arrow or Page Up</source>
        <translation>Flèche gauche ou Page précédente</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Suivant ›</translation>
    </message>
    <message>
        <source>Next item (Right arrow or Page Down)</source>
        <translation>Élément suivant (flèche droite ou Page suivante)</translation>
    </message>
    <message>
        <source>Right arrow or Page Down</source>
        <translation>Flèche droite ou Page suivante</translation>
    </message>
    <message>
        <source>Next unassessed »</source>
        <translation>Suivant non évalué »</translation>
    </message>
    <message>
        <source>Next item without a rating (U)</source>
        <translation>Élément suivant sans niveau (U)</translation>
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
        <translation>Élément en cours</translation>
    </message>
</context>
<context>
    <name>ItemTextBlock</name>
    <message>
        <source>Item %1</source>
        <translation>Élément %1</translation>
    </message>
    <message>
        <source>Official text: %1</source>
        <translation>Texte officiel : %1</translation>
    </message>
    <message>
        <source>Full heading: %1</source>
        <translation>Intitulé complet : %1</translation>
    </message>
    <message>
        <source>Source: %1 — %2</source>
        <translation>Source : %1 — %2</translation>
    </message>
    <message>
        <source>Translated text: %1</source>
        <translation>Texte traduit : %1</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>%1: %2: nested deeper than %3 levels, the limit for a JSON file</source>
        <translation>%1 : %2 : imbrication de plus de %3 niveaux, la limite pour un fichier JSON</translation>
    </message>
    <message>
        <source>%1: %2: number out of range (%3)</source>
        <translation>%1 : %2 : nombre hors limites (%3)</translation>
    </message>
    <message>
        <source>%1: not valid JSON: %2 (near %3)</source>
        <translation>%1 : JSON non valide : %2 (près de %3)</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1 : %2 : %3</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>un objet est attendu, trouvé : %1</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>champ obligatoire manquant</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>un tableau est attendu, trouvé : %1</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>une chaîne est attendue, trouvé : %1</translation>
    </message>
    <message>
        <source>expected an integer, found %1</source>
        <translation>un entier est attendu, trouvé : %1</translation>
    </message>
    <message>
        <source>%1 is out of range (at most %2 in size)</source>
        <translation>%1 est hors limites (au plus %2 en valeur absolue)</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>true ou false est attendu, trouvé : %1</translation>
    </message>
    <message>
        <source>unknown field %1</source>
        <translation>champ inconnu %1</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>IAMM self-assessment workshop: rate the forty items of the International Agenda for Migration Management together.</source>
        <translation>Atelier d’auto-évaluation IAMM : évaluer ensemble les quarante éléments de l’Agenda international pour la gestion des migrations.</translation>
    </message>
    <message>
        <source>Use the database at &lt;path&gt; (else IAMM_DB, else the one opened last, else the user data folder).</source>
        <translation>Utiliser la base de données &lt;path&gt; (sinon IAMM_DB, sinon la dernière ouverte, sinon le dossier de données de l’utilisateur).</translation>
    </message>
    <message>
        <source>Save a PNG picture of the window to &lt;file&gt; and exit.</source>
        <translation>Enregistrer une image PNG de la fenêtre dans &lt;file&gt; et quitter.</translation>
    </message>
    <message>
        <source>Start on &lt;page&gt;: start, walkthrough, summary, peers or presenter (all but start open the newest assessment).</source>
        <translation>Démarrer sur &lt;page&gt; : start, walkthrough, summary, peers ou presenter (toutes sauf start ouvrent l’évaluation la plus récente).</translation>
    </message>
    <message>
        <source>Show the item &lt;id&gt; (e.g. EP-01) of the assessment.</source>
        <translation>Afficher l’élément &lt;id&gt; (p. ex. EP-01) de l’évaluation.</translation>
    </message>
    <message>
        <source>Window size, e.g. 1920x1080.</source>
        <translation>Taille de la fenêtre, p. ex. 1920x1080.</translation>
    </message>
    <message>
        <source>Fill an empty database with the fictitious demo workshop.</source>
        <translation>Remplir une base de données vide avec l’atelier de démonstration fictif.</translation>
    </message>
    <message>
        <source>Use the dark theme.</source>
        <translation>Utiliser le thème sombre.</translation>
    </message>
    <message>
        <source>Open the database read-only (as for a read-only file or folder).</source>
        <translation>Ouvrir la base de données en lecture seule (comme pour un fichier ou un dossier en lecture seule).</translation>
    </message>
    <message>
        <source>Show the application in &lt;language&gt;: en, fr or es (else the language chosen last time, else the system&apos;s).</source>
        <translation>Afficher l’application en &lt;language&gt; : en, fr ou es (sinon la langue choisie la dernière fois, sinon celle du système).</translation>
    </message>
    <message>
        <source>--page must be one of %1, not &quot;%2&quot;</source>
        <translation>--page doit être l’une de %1, et non « %2 »</translation>
    </message>
    <message>
        <source>--lang must be one of en, fr, es, not &quot;%1&quot;</source>
        <translation>--lang doit être en, fr ou es, et non « %1 »</translation>
    </message>
    <message>
        <source>--size must look like 1280x720, not &quot;%1&quot;</source>
        <translation>--size doit être de la forme 1280x720, et non « %1 »</translation>
    </message>
    <message>
        <source>IAMM Self-Assessment</source>
        <translation>Auto-évaluation IAMM</translation>
    </message>
</context>
<context>
    <name>LevelChart</name>
    <message>
        <source>Chart of the team&apos;s levels against targets</source>
        <translation>Graphique des niveaux de l&apos;équipe par rapport aux cibles</translation>
    </message>
    <message>
        <source>%1: %2, target %3</source>
        <translation>%1 : %2, cible %3</translation>
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
        <translation>%1 – %2 – Auto-évaluation IAMM</translation>
    </message>
    <message>
        <source>IAMM Self-Assessment</source>
        <translation>Auto-évaluation IAMM</translation>
    </message>
</context>
<context>
    <name>MigrationRunner</name>
    <message>
        <source>%1: migrations folder not found (is the program installed completely?)</source>
        <translation>%1 : dossier des migrations introuvable (le programme est-il entièrement installé ?)</translation>
    </message>
    <message>
        <source>%1: cannot read migration: %2</source>
        <translation>%1 : impossible de lire la migration : %2</translation>
    </message>
    <message>
        <source>%1: the database has schema version %2, newer than this program knows (%3); use a newer version of iamm</source>
        <translation>%1 : la base de données a la version de schéma %2, plus récente que celles que ce programme connaît (%3) ; utilisez une version plus récente d&apos;iamm</translation>
    </message>
    <message>
        <source>%1: migration failed: %2</source>
        <translation>%1 : échec de la migration : %2</translation>
    </message>
</context>
<context>
    <name>NavigationItem</name>
    <message>
        <source>%1: %2. %3. Views in the room differ.</source>
        <translation>%1 : %2. %3. Les avis de la salle divergent.</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1 : %2. %3</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>views differ</source>
        <translation>avis divergents</translation>
    </message>
</context>
<context>
    <name>NavigationPane</name>
    <message>
        <source>%1 of %2 items assessed</source>
        <translation>%1 éléments sur %2 évalués</translation>
    </message>
    <message>
        <source>Items assessed</source>
        <translation>Éléments évalués</translation>
    </message>
    <message>
        <source>Items where views differ first</source>
        <translation>Avis divergents d&apos;abord</translation>
    </message>
    <message>
        <source>This assessment is final. Reopen it on the Assessments page to change it.</source>
        <translation>Cette évaluation est définitive. Rouvrez-la depuis la page Évaluations pour la modifier.</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Where views differ</source>
        <translation>Avis divergents</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), discussed first</source>
        <translation>
            <numerusform>%n élément, discuté en premier</numerusform>
            <numerusform>%n éléments, discutés en premier</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 assessed · %3 N/A</source>
        <translation>%1 sur %2 évalués · %3 N/A</translation>
    </message>
    <message>
        <source>Read only: %1.</source>
        <translation>Lecture seule : %1.</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>Nouvelle évaluation</translation>
    </message>
    <message>
        <source>State: choose one below</source>
        <translation>État : choisissez-en un ci-dessous</translation>
    </message>
    <message>
        <source>State: %1 (%2)</source>
        <translation>État : %1 (%2)</translation>
    </message>
    <message>
        <source>Search states by name or code</source>
        <translation>Chercher un État par nom ou code</translation>
    </message>
    <message>
        <source>States</source>
        <translation>États</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No state matches &quot;%1&quot;. Try a name, a former name or an ISO code (GBR or GB).</source>
        <translation>Aucun État ne correspond à « %1 ». Essayez un nom, un ancien nom ou un code ISO (GBR ou GB).</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Cadre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>e.g. National workshop, first round</source>
        <translation>p. ex. Atelier national, premier cycle</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Date of the assessment (YYYY-MM-DD)</source>
        <translation>Date de l&apos;évaluation (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Create the assessment</source>
        <translation>Créer l&apos;évaluation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>NewRoundDialog</name>
    <message>
        <source>A new draft for %1 starts with the ratings, targets, confidence, rationale and checklist of “%2”. The earlier assessment stays as it is.</source>
        <translation>Un nouveau brouillon pour %1 reprend les niveaux, cibles, confiance, justifications et listes de contrôle de « %2 ». L&apos;évaluation précédente reste inchangée.</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>Nouveau cycle</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>e.g. National workshop, second round</source>
        <translation>p. ex. Atelier national, deuxième cycle</translation>
    </message>
    <message>
        <source>Title of the new round</source>
        <translation>Titre du nouveau cycle</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Date of the new round (YYYY-MM-DD)</source>
        <translation>Date du nouveau cycle (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Start the new round</source>
        <translation>Lancer le nouveau cycle</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>OpenDatabaseDialog</name>
    <message>
        <source>Open a database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>Open now: %1</source>
        <translation>Ouverte actuellement : %1</translation>
    </message>
    <message>
        <source>A database file on this computer, or a shared database on a server: postgresql://USER@SERVER[:PORT]/DATABASE</source>
        <translation>Un fichier de base de données sur cet ordinateur, ou une base de données partagée sur un serveur : postgresql://UTILISATEUR@SERVEUR[:PORT]/BASE</translation>
    </message>
    <message>
        <source>postgresql://USER@SERVER/DATABASE or a file path</source>
        <translation>postgresql://UTILISATEUR@SERVEUR/BASE ou le chemin d’un fichier</translation>
    </message>
    <message>
        <source>Database address or file</source>
        <translation>Adresse ou fichier de la base de données</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Choose a database file on this computer</source>
        <translation>Choisir un fichier de base de données sur cet ordinateur</translation>
    </message>
    <message>
        <source>Password (kept only until the application closes; leave it empty to use ~/.pgpass)</source>
        <translation>Mot de passe (conservé seulement jusqu’à la fermeture de l’application ; laissez-le vide pour utiliser ~/.pgpass)</translation>
    </message>
    <message>
        <source>Password for the database server</source>
        <translation>Mot de passe du serveur de base de données</translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation>Bases de données récentes</translation>
    </message>
    <message>
        <source>This computer: %1</source>
        <translation>Cet ordinateur : %1</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Utiliser %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the database</source>
        <translation>Ouvrir la base de données</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Open a database file</source>
        <translation>Ouvrir un fichier de base de données</translation>
    </message>
    <message>
        <source>Databases (*.sqlite)</source>
        <translation>Bases de données (*.sqlite)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>%1: is a folder; nothing was written</source>
        <translation>%1 : c&apos;est un dossier ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1 : écriture impossible : %2</translation>
    </message>
    <message>
        <source>%1: cannot write: %2; nothing was written</source>
        <translation>%1 : écriture impossible : %2 ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>%1: a symbolic link already exists; nothing was written (add --force to replace it)</source>
        <translation>%1 : un lien symbolique existe déjà ; rien n&apos;a été écrit (ajoutez --force pour le remplacer)</translation>
    </message>
    <message>
        <source>%1: a file already exists; nothing was written (add --force to replace it)</source>
        <translation>%1 : un fichier existe déjà ; rien n&apos;a été écrit (ajoutez --force pour le remplacer)</translation>
    </message>
</context>
<context>
    <name>ParkingLotDialog</name>
    <message>
        <source>Parking lot</source>
        <translation>Questions en suspens</translation>
    </message>
    <message>
        <source>No question parked yet. Park one from the facilitator&apos;s section of an item.</source>
        <translation>Aucune question en suspens pour l&apos;instant. Mettez-en une en suspens depuis la section de l&apos;animateur d&apos;un élément.</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Traitée : %1</translation>
    </message>
    <message>
        <source>Go to item %1</source>
        <translation>Aller à l&apos;élément %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the question: %1</source>
        <translation>Retirer la question : %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the parking lot</source>
        <translation>Fermer les questions en suspens</translation>
    </message>
</context>
<context>
    <name>PeerGroupCatalog</name>
    <message>
        <source>%1: cannot read the shipped peer groups: %2</source>
        <translation>%1 : impossible de lire les groupes de pairs fournis : %2</translation>
    </message>
    <message>
        <source>must be &quot;iamm-peer-groups&quot;</source>
        <translation>doit valoir « iamm-peer-groups »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 alpha-3 state code</source>
        <translation>« %1 » n&apos;est pas un code d&apos;État ISO 3166 alpha-3</translation>
    </message>
    <message>
        <source>unknown peer group &quot;%1&quot; (known: %2)</source>
        <translation>groupe de pairs inconnu « %1 » (connus : %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a shipped group and cannot be changed; copy it first (iamm group create NEW --from %1)</source>
        <translation>« %1 » est un groupe fourni et ne peut pas être modifié ; copiez-le d&apos;abord (iamm group create NEW --from %1)</translation>
    </message>
    <message>
        <source>group id &quot;%1&quot; must be 1–32 letters, digits or + _ . -</source>
        <translation>l&apos;identifiant de groupe « %1 » doit compter 1 à 32 lettres, chiffres ou + _ . -</translation>
    </message>
    <message>
        <source>a group with id &quot;%1&quot; already exists</source>
        <translation>un groupe avec l&apos;identifiant « %1 » existe déjà</translation>
    </message>
    <message>
        <source>a group name must not be empty</source>
        <translation>le nom d&apos;un groupe ne doit pas être vide</translation>
    </message>
    <message>
        <source>%1 is not a member of group %2</source>
        <translation>%1 n&apos;est pas membre du groupe %2</translation>
    </message>
</context>
<context>
    <name>PeerGroupsDialog</name>
    <message>
        <source>Created the group %1.</source>
        <translation>Groupe %1 créé.</translation>
    </message>
    <message>
        <source>Copied %1 to %2.</source>
        <translation>%1 copié vers %2.</translation>
    </message>
    <message>
        <source>Deleted the group %1.</source>
        <translation>Groupe %1 supprimé.</translation>
    </message>
    <message>
        <source>Peer groups</source>
        <translation>Groupes de pairs</translation>
    </message>
    <message>
        <source>New id, e.g. MYGROUP</source>
        <translation>Nouveau code, p. ex. MONGROUPE</translation>
    </message>
    <message>
        <source>Id of the new group</source>
        <translation>Code du nouveau groupe</translation>
    </message>
    <message>
        <source>Name of the new group</source>
        <translation>Nom du nouveau groupe</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Create a new empty group</source>
        <translation>Créer un nouveau groupe vide</translation>
    </message>
    <message>
        <source>Copy selected</source>
        <translation>Copier la sélection</translation>
    </message>
    <message>
        <source>Copy the selected group under the new id</source>
        <translation>Copier le groupe sélectionné sous le nouveau code</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %n member(s), %3</source>
        <translation>
            <numerusform>%1, %2, %n membre, %3</numerusform>
            <numerusform>%1, %2, %n membres, %3</numerusform>
        </translation>
    </message>
    <message>
        <source>shipped, read-only</source>
        <translation>fourni, en lecture seule</translation>
    </message>
    <message>
        <source>your own group</source>
        <translation>votre propre groupe</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) · %1</source>
        <translation>
            <numerusform>%n membre · %1</numerusform>
            <numerusform>%n membres · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a group on the left.</source>
        <translation>Choisissez un groupe à gauche.</translation>
    </message>
    <message>
        <source>%1: shipped reference group, read-only. Copy it to change it.</source>
        <translation>%1 : groupe de référence fourni, en lecture seule. Copiez-le pour le modifier.</translation>
    </message>
    <message>
        <source>%1: your own group</source>
        <translation>%1 : votre propre groupe</translation>
    </message>
    <message>
        <source>Name of the group</source>
        <translation>Nom du groupe</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Rename the group</source>
        <translation>Renommer le groupe</translation>
    </message>
    <message>
        <source>Renamed the group %1.</source>
        <translation>Groupe %1 renommé.</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Supprimer le groupe</translation>
    </message>
    <message>
        <source>Delete the group</source>
        <translation>Supprimer le groupe</translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation>Membres (%1)</translation>
    </message>
    <message>
        <source>Members of the group</source>
        <translation>Membres du groupe</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove %1 from the group</source>
        <translation>Retirer %1 du groupe</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 retiré.</translation>
    </message>
    <message>
        <source>Add a state: search by name or code</source>
        <translation>Ajouter un État : chercher par nom ou code</translation>
    </message>
    <message>
        <source>Search states to add to the group</source>
        <translation>Chercher des États à ajouter au groupe</translation>
    </message>
    <message>
        <source>States to add</source>
        <translation>États à ajouter</translation>
    </message>
    <message>
        <source>Add %1 (%2)</source>
        <translation>Ajouter %1 (%2)</translation>
    </message>
    <message>
        <source>Add %1 to the group</source>
        <translation>Ajouter %1 au groupe</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 ajouté.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the peer groups</source>
        <translation>Fermer les groupes de pairs</translation>
    </message>
    <message>
        <source>%1: shipped reference group, read-only.</source>
        <translation>%1 : groupe de référence fourni, en lecture seule.</translation>
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
        <translation>Pairs utilisés et manquants</translation>
    </message>
    <message>
        <source>Peers used: none – no other member has a final assessment on this framework.</source>
        <translation>Pairs utilisés : aucun – aucun autre membre n&apos;a d&apos;évaluation définitive sur ce cadre.</translation>
    </message>
    <message>
        <source>Peers used (%1): %2</source>
        <translation>Pairs utilisés (%1) : %2</translation>
    </message>
    <message>
        <source>Missing peers: none.</source>
        <translation>Pairs manquants : aucun.</translation>
    </message>
    <message>
        <source>Missing peers, without a final assessment (%1): %2</source>
        <translation>Pairs manquants, sans évaluation définitive (%1) : %2</translation>
    </message>
    <message numerus="yes">
        <source>Peer figures need at least %n peer(s) with a level, so they stay blank.</source>
        <translation>
            <numerusform>Les chiffres des pairs exigent au moins %n pair ayant un niveau ; ils restent donc vides.</numerusform>
            <numerusform>Les chiffres des pairs exigent au moins %n pairs ayant un niveau ; ils restent donc vides.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Peer figures are shown where at least %n peer(s) have a level.</source>
        <translation>
            <numerusform>Les chiffres des pairs s&apos;affichent là où au moins %n pair a un niveau.</numerusform>
            <numerusform>Les chiffres des pairs s&apos;affichent là où au moins %n pairs ont un niveau.</numerusform>
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
            <numerusform>%1 : niveau moyen %2, cible %3, médiane de %n pair %4</numerusform>
            <numerusform>%1 : niveau moyen %2, cible %3, médiane de %n pairs %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: mean level %2, target %3, fewer than %n peer(s)</source>
        <translation>
            <numerusform>%1 : niveau moyen %2, cible %3, moins de %n pair</numerusform>
            <numerusform>%1 : niveau moyen %2, cible %3, moins de %n pairs</numerusform>
        </translation>
    </message>
    <message>
        <source>mean level</source>
        <translation>niveau moyen</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <source>peer median</source>
        <translation>médiane des pairs</translation>
    </message>
    <message numerus="yes">
        <source>Fewer than %n peer(s) have a level: no peer figures.</source>
        <translation>
            <numerusform>Moins de %n pair a un niveau : pas de chiffres des pairs.</numerusform>
            <numerusform>Moins de %n pairs ont un niveau : pas de chiffres des pairs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s), range %1 to %2</source>
        <translation>
            <numerusform>%n pair, de %1 à %2</numerusform>
            <numerusform>%n pairs, de %1 à %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s), range %1 to %2; percentile rank %3</source>
        <translation>
            <numerusform>%n pair, de %1 à %2 ; rang centile %3</numerusform>
            <numerusform>%n pairs, de %1 à %2 ; rang centile %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeerSpreadChart</name>
    <message>
        <source>Each item&apos;s level against the spread of the peers&apos; levels</source>
        <translation>Niveau de chaque élément par rapport à la dispersion des niveaux des pairs</translation>
    </message>
    <message>
        <source>level · peer median</source>
        <translation>niveau · médiane des pairs</translation>
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
            <numerusform>%1 : niveau %2, cible %3, médiane de %n pair %4</numerusform>
            <numerusform>%1 : niveau %2, cible %3, médiane de %n pairs %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: level %2, target %3, fewer than %n peer(s)</source>
        <translation>
            <numerusform>%1 : niveau %2, cible %3, moins de %n pair</numerusform>
            <numerusform>%1 : niveau %2, cible %3, moins de %n pairs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>fewer than %n peer(s)</source>
        <translation>
            <numerusform>moins de %n pair</numerusform>
            <numerusform>moins de %n pairs</numerusform>
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
        <translation>Rapport d&apos;écarts enregistré dans %1</translation>
    </message>
    <message>
        <source>Table of the group saved to %1</source>
        <translation>Tableau du groupe enregistré dans %1</translation>
    </message>
    <message>
        <source>Peers: %1</source>
        <translation>Pairs : %1</translation>
    </message>
    <message>
        <source>Peers: %1 compared with %2</source>
        <translation>Pairs : %1 comparé à %2</translation>
    </message>
    <message>
        <source>Peer group</source>
        <translation>Groupe de pairs</translation>
    </message>
    <message>
        <source>Peer group to compare with</source>
        <translation>Groupe de pairs de comparaison</translation>
    </message>
    <message>
        <source>Minimum peers</source>
        <translation>Pairs minimum</translation>
    </message>
    <message>
        <source>Minimum number of peers with a level before peer figures are shown</source>
        <translation>Nombre minimal de pairs ayant un niveau pour afficher les chiffres des pairs</translation>
    </message>
    <message>
        <source>Groups…</source>
        <translation>Groupes…</translation>
    </message>
    <message>
        <source>Show and edit the peer groups</source>
        <translation>Afficher et modifier les groupes de pairs</translation>
    </message>
    <message>
        <source>Export PDF report…</source>
        <translation>Exporter le rapport PDF…</translation>
    </message>
    <message>
        <source>Export the gap report as a PDF file</source>
        <translation>Exporter le rapport d&apos;écarts en PDF</translation>
    </message>
    <message>
        <source>Export table (CSV/XLSX)…</source>
        <translation>Exporter le tableau (CSV/XLSX)…</translation>
    </message>
    <message>
        <source>Export the table of the group&apos;s members and their levels</source>
        <translation>Exporter le tableau des membres du groupe et de leurs niveaux</translation>
    </message>
    <message>
        <source>%1 is not a member of %2: it is compared with the group&apos;s members, not with its own peers.</source>
        <translation>%1 n&apos;est pas membre de %2 : il est comparé aux membres du groupe, non à ses propres pairs.</translation>
    </message>
    <message>
        <source>DRAFT: this assessment of %1 (%2) is not final; its figures may still change.</source>
        <translation>BROUILLON : cette évaluation de %1 (%2) n&apos;est pas définitive ; ses chiffres peuvent encore changer.</translation>
    </message>
    <message>
        <source>Each item against the peers&apos; spread</source>
        <translation>Chaque élément face à la dispersion des pairs</translation>
    </message>
    <message>
        <source>Line: lowest to highest peer level; box: middle half of the peers; tick: peer median; dot: %1&apos;s level; diamond: its target.</source>
        <translation>Ligne : du niveau le plus bas au plus haut des pairs ; boîte : moitié centrale des pairs ; trait : médiane des pairs ; point : niveau de %1 ; losange : sa cible.</translation>
    </message>
    <message>
        <source>Heat map: gap to the peer median</source>
        <translation>Carte thermique : écart à la médiane des pairs</translation>
    </message>
    <message numerus="yes">
        <source>Each cell is an item with the gap between %1&apos;s level and the peers&apos; median: ▼ below, ≈ near, ▲ above (▼▼ and ▲▲ by 1.5 or more), also shown by colour. Hatched cells have no value: fewer than %n peer(s) have a level for the item.</source>
        <translation>
            <numerusform>Chaque case est un élément avec l&apos;écart entre le niveau de %1 et la médiane des pairs : ▼ en dessous, ≈ proche, ▲ au-dessus (▼▼ et ▲▲ de 1,5 ou plus), aussi indiqué par la couleur. Les cases hachurées n&apos;ont pas de valeur : moins de %n pair a un niveau pour l&apos;élément.</numerusform>
            <numerusform>Chaque case est un élément avec l&apos;écart entre le niveau de %1 et la médiane des pairs : ▼ en dessous, ≈ proche, ▲ au-dessus (▼▼ et ▲▲ de 1,5 ou plus), aussi indiqué par la couleur. Les cases hachurées n&apos;ont pas de valeur : moins de %n pairs ont un niveau pour l&apos;élément.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the table of the group</source>
        <translation>Exporter le tableau du groupe</translation>
    </message>
    <message>
        <source>A name ending in .xlsx saves an Excel workbook; any other name a CSV table.</source>
        <translation>Un nom se terminant par .xlsx enregistre un classeur Excel ; tout autre nom, un tableau CSV.</translation>
    </message>
</context>
<context>
    <name>PollItem</name>
    <message>
        <source>framework %1 has no item %2</source>
        <translation>le cadre %1 n&apos;a pas d&apos;élément %2</translation>
    </message>
</context>
<context>
    <name>PollPage</name>
    <message>
        <source>the voting page&apos;s resource %1 is missing from the build</source>
        <translation>la ressource %1 de la page de vote manque dans la compilation</translation>
    </message>
</context>
<context>
    <name>PostgresqlEngine</name>
    <message>
        <source>as requested</source>
        <translation>à la demande</translation>
    </message>
    <message>
        <source>%1: a database of another program (tables %2), not an IAMM database; it was left unchanged</source>
        <translation>%1 : une base de données d&apos;un autre programme (tables %2), pas une base de données IAMM ; elle n&apos;a pas été modifiée</translation>
    </message>
    <message>
        <source>this login may read the database but not change it</source>
        <translation>cet identifiant peut lire la base de données mais pas la modifier</translation>
    </message>
</context>
<context>
    <name>PresenterAnnouncer</name>
    <message>
        <source>not applicable</source>
        <translation>non applicable</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>niveau %1</translation>
    </message>
    <message>
        <source>not assessed yet</source>
        <translation>pas encore évalué</translation>
    </message>
    <message>
        <source>%1: %2. Rated %3.</source>
        <translation>%1 : %2. Noté %3.</translation>
    </message>
</context>
<context>
    <name>PresenterClock</name>
    <message>
        <source>Time is up for %1</source>
        <translation>Temps écoulé pour %1</translation>
    </message>
    <message>
        <source>%1 left for %2</source>
        <translation>Reste %1 pour %2</translation>
    </message>
</context>
<context>
    <name>PresenterLevelCard</name>
    <message>
        <source>%1 – %2 (chosen)</source>
        <translation>%1 – %2 (choisi)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <source>Guiding questions</source>
        <translation>Questions d&apos;orientation</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Presenter view</source>
        <translation>Mode présentation</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Agreed: %1</source>
        <translation>Retenu : %1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Cible : %1</translation>
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
        <translation>0–4 niveau · N non applicable · G questions d&apos;orientation · T minuteur · V vote en direct · ← → éléments · Ctrl+Z annuler · Ctrl+E afficher l&apos;anglais · F5 ou Échap pour quitter</translation>
    </message>
</context>
<context>
    <name>PresenterVotingPanel</name>
    <message>
        <source>Live vote</source>
        <translation>Vote en direct</translation>
    </message>
    <message>
        <source>QR code of the voting page</source>
        <translation>Code QR de la page de vote</translation>
    </message>
    <message>
        <source>Scan the code, or open on a phone on this network:</source>
        <translation>Scannez le code, ou ouvrez sur un téléphone de ce réseau :</translation>
    </message>
    <message>
        <source>Session code %1</source>
        <translation>Code de séance %1</translation>
    </message>
    <message>
        <source>Votes received: %1</source>
        <translation>Votes reçus : %1</translation>
    </message>
    <message>
        <source>Votes: %1 · no level given</source>
        <translation>Votes : %1 · aucun niveau donné</translation>
    </message>
    <message>
        <source>Votes: %1 · median %2 · range %3</source>
        <translation>Votes : %1 · médiane %2 · étendue %3</translation>
    </message>
    <message>
        <source>Close vote (C)</source>
        <translation>Clore le vote (C)</translation>
    </message>
    <message>
        <source>Reopen vote (C)</source>
        <translation>Rouvrir le vote (C)</translation>
    </message>
    <message>
        <source>Take the median (M)</source>
        <translation>Retenir la médiane (M)</translation>
    </message>
    <message>
        <source>Vote again</source>
        <translation>Revoter</translation>
    </message>
    <message>
        <source>Next item (→)</source>
        <translation>Élément suivant (→)</translation>
    </message>
    <message>
        <source>Stop voting (V)</source>
        <translation>Arrêter le vote (V)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n vote(s)</source>
        <translation>
            <numerusform>%1 : %n vote</numerusform>
            <numerusform>%1 : %n votes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviousRoundSection</name>
    <message>
        <source>Previous round</source>
        <translation>Cycle précédent</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Then: %1</source>
        <translation>Alors : %1</translation>
    </message>
    <message>
        <source>Then: %1 · change: %2</source>
        <translation>Alors : %1 · évolution : %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>The rating differs from the previous round: why?</source>
        <translation>La note diffère de celle du cycle précédent : pourquoi ?</translation>
    </message>
    <message>
        <source>Explanation of change</source>
        <translation>Explication du changement</translation>
    </message>
    <message>
        <source>What changed, in a sentence: a new law, better data, a stricter reading of level 3…</source>
        <translation>Ce qui a changé, en une phrase : une nouvelle loi, de meilleures données, une lecture plus stricte du niveau 3…</translation>
    </message>
    <message>
        <source>Explanation of change in words</source>
        <translation>Explication du changement, en toutes lettres</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>cannot make a QR code of %1 bytes</source>
        <translation>impossible de produire un code QR de %1 octets</translation>
    </message>
</context>
<context>
    <name>RatingSection</name>
    <message>
        <source>Level agreed by the team</source>
        <translation>Niveau retenu par l&apos;équipe</translation>
    </message>
    <message>
        <source>This assessment is final and read-only. To change it, reopen it on the Assessments page.</source>
        <translation>Cette évaluation est définitive et en lecture seule. Pour la modifier, rouvrez-la depuis la page Évaluations.</translation>
    </message>
    <message>
        <source>Keys 0–4 choose a level, N marks the item not applicable, Delete clears the rating. Ctrl+Z undoes a change, Ctrl+Shift+Z redoes it.</source>
        <translation>Les touches 0–4 choisissent un niveau, N marque l&apos;élément non applicable, Suppr efface le niveau. Ctrl+Z annule une modification, Ctrl+Shift+Z la rétablit.</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>The item does not apply to this State; it is left out of every score.</source>
        <translation>L&apos;élément ne s&apos;applique pas à cet État ; il est exclu de tous les scores.</translation>
    </message>
    <message>
        <source>Rated: not applicable</source>
        <translation>Noté : non applicable</translation>
    </message>
    <message>
        <source>Rated: level %1</source>
        <translation>Noté : niveau %1</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Pas encore évalué</translation>
    </message>
    <message>
        <source>Clear rating</source>
        <translation>Effacer le niveau</translation>
    </message>
    <message>
        <source>Clear the rating (Delete)</source>
        <translation>Effacer le niveau (Suppr)</translation>
    </message>
</context>
<context>
    <name>RationaleSection</name>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Saved as you type. Tab or Esc leaves the field; so does moving to another item.</source>
        <translation>Enregistré au fil de la saisie. Tab ou Échap quitte le champ, de même que le passage à un autre élément.</translation>
    </message>
    <message>
        <source>What did the team find? Which evidence supports the level?</source>
        <translation>Qu&apos;a constaté l&apos;équipe ? Quelles preuves étayent le niveau ?</translation>
    </message>
    <message>
        <source>Rationale for the rating</source>
        <translation>Justification du niveau</translation>
    </message>
</context>
<context>
    <name>ReadOnlyNotice</name>
    <message>
        <source>Read-only: %1 (%2). You can read and export, but not change anything.</source>
        <translation>Lecture seule : %1 (%2). Vous pouvez consulter et exporter, mais rien modifier.</translation>
    </message>
</context>
<context>
    <name>RecordTransfer</name>
    <message>
        <source>assessment %1: framework &quot;%2&quot; was not supplied</source>
        <translation>évaluation %1 : le cadre « %2 » n&apos;a pas été fourni</translation>
    </message>
    <message>
        <source>assessment %1: framework snapshot %2 was not supplied</source>
        <translation>évaluation %1 : l&apos;instantané du cadre %2 n&apos;a pas été fourni</translation>
    </message>
    <message>
        <source>the assessment date is not a valid date</source>
        <translation>la date de l&apos;évaluation n&apos;est pas une date valide</translation>
    </message>
</context>
<context>
    <name>ReportCanvas</name>
    <message>
        <source>Cannot start painting the PDF report</source>
        <translation>Impossible de commencer le dessin du rapport PDF</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>BROUILLON</translation>
    </message>
</context>
<context>
    <name>ReportExportDialog</name>
    <message>
        <source>Export PDF report</source>
        <translation>Exporter le rapport PDF</translation>
    </message>
    <message>
        <source>The report has a cover, a one-page summary, the charts, every item with its rationale and actions, and the method.</source>
        <translation>Le rapport comprend une couverture, une synthèse d&apos;une page, les graphiques, chaque élément avec sa justification et ses actions, et la méthode.</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>A4 paper</source>
        <translation>Papier A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>US Letter paper</source>
        <translation>Papier Lettre US</translation>
    </message>
    <message>
        <source>Include the evidence annex</source>
        <translation>Inclure l&apos;annexe des preuves</translation>
    </message>
    <message>
        <source>Name the participants whose views were collected</source>
        <translation>Nommer les participants dont les avis ont été recueillis</translation>
    </message>
    <message>
        <source>Choose file and export…</source>
        <translation>Choisir le fichier et exporter…</translation>
    </message>
    <message>
        <source>Choose where to save the PDF report and export it</source>
        <translation>Choisir où enregistrer le rapport PDF et l&apos;exporter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save the PDF report</source>
        <translation>Enregistrer le rapport PDF</translation>
    </message>
    <message>
        <source>Include the facilitator&apos;s private notes and parking lot</source>
        <translation>Inclure les notes privées de l&apos;animateur et les questions en suspens</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>The date format of the report (QDate::toString): day, month name, year.</extracomment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 KiB (%2 bytes)</source>
        <translation>%1 Kio (%2 octets)</translation>
    </message>
    <message>
        <source>%1 MiB (%2 bytes)</source>
        <translation>%1 Mio (%2 octets)</translation>
    </message>
</context>
<context>
    <name>ReportMethodology</name>
    <message>
        <source>Methodology</source>
        <translation>Méthodologie</translation>
    </message>
    <message>
        <source>Framework: %1, version %2 (%3). Source: %4.</source>
        <translation>Cadre : %1, version %2 (%3). Source : %4.</translation>
    </message>
    <message>
        <source>Framework fingerprint (SHA-256): %1</source>
        <translation>Empreinte du cadre (SHA-256) : %1</translation>
    </message>
    <message>
        <source>Rating scale (product guidance)</source>
        <translation>Échelle de notation (guide de l&apos;outil)</translation>
    </message>
    <message>
        <source>The levels below are guidance supplied with this product so that ratings can be compared; they are not part of the IAMM text agreed in the Berne Initiative.</source>
        <translation>Les niveaux ci-dessous sont un guide fourni avec cet outil pour rendre les notes comparables ; ils ne font pas partie du texte de l&apos;IAMM adopté dans le cadre de l&apos;Initiative de Berne.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Descriptor</source>
        <translation>Descripteur</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>The item does not apply to the state; it is left out of every figure.</source>
        <translation>L&apos;élément ne s&apos;applique pas à l&apos;État ; il est exclu de tous les chiffres.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>A score counts only when a level is recorded: items rated not applicable or not yet assessed are left out of every mean, quartile and rank.</source>
        <translation>Une note ne compte que si un niveau est enregistré : les éléments jugés non applicables ou pas encore évalués sont exclus de toute moyenne, de tout quartile et de tout rang.</translation>
    </message>
    <message>
        <source>Section and overall scores are the mean of the counted item scores.</source>
        <translation>Les notes par section et d&apos;ensemble sont la moyenne des notes d&apos;éléments retenues.</translation>
    </message>
    <message>
        <source>Target: the level the national team set for the item, otherwise the scale&apos;s default target (level %1). The gap to target is target − score, never below zero; the target reference of a section is the mean of its item targets.</source>
        <translation>Cible : le niveau fixé par l&apos;équipe nationale pour l&apos;élément, à défaut la cible par défaut de l&apos;échelle (niveau %1). L&apos;écart à la cible est cible − note, jamais inférieur à zéro ; la cible de référence d&apos;une section est la moyenne des cibles de ses éléments.</translation>
    </message>
    <message>
        <source>Peer quartiles and median are computed with R&apos;s type 7 method (linear interpolation between order statistics).</source>
        <translation>Les quartiles et la médiane des pairs sont calculés selon la méthode de type 7 de R (interpolation linéaire entre statistiques d&apos;ordre).</translation>
    </message>
    <message>
        <source>Percentile rank = 100 × (number of peers below the score + ½ × number of peers equal to the score) ÷ number of peers.</source>
        <translation>Rang centile = 100 × (nombre de pairs sous la note + ½ × nombre de pairs à égalité) ÷ nombre de pairs.</translation>
    </message>
    <message>
        <source>Peer figures are shown only when at least %1 peers have a counted value for the item or section, so that no single peer&apos;s rating can be read off the report.</source>
        <translation>Les chiffres des pairs ne sont indiqués que si au moins %1 pairs ont une valeur retenue pour l&apos;élément ou la section, afin que le rapport ne laisse lire la note d&apos;aucun pair isolé.</translation>
    </message>
    <message>
        <source>Previous round: the assessment this one names as its previous round (set when a new round is started from it), otherwise the newest other final assessment of the same state on the same framework dated before it, or on the same date and created before it. Without one, no comparison is shown. The change of an item is its score minus the previous score, only when both are levels.</source>
        <translation>Cycle précédent : l&apos;évaluation que celle-ci désigne comme son cycle précédent (fixée au lancement d&apos;un nouveau cycle à partir d&apos;elle), à défaut l&apos;évaluation définitive la plus récente du même État sur le même cadre datée d&apos;avant, ou de la même date et créée avant. Sans elle, aucune comparaison n&apos;est présentée. L&apos;évolution d&apos;un élément est sa note moins la note précédente, seulement si les deux sont des niveaux.</translation>
    </message>
    <message>
        <source>Draft assessments never count as peer data. For each peer, its newest final assessment (by assessment date) on the same framework is used. The state itself is not one of its peers.</source>
        <translation>Les évaluations provisoires ne comptent jamais comme données de pairs. Pour chaque pair, on retient son évaluation définitive la plus récente (par date d&apos;évaluation) sur le même cadre. L&apos;État lui-même ne fait pas partie de ses pairs.</translation>
    </message>
    <message>
        <source>Peers used</source>
        <translation>Pairs retenus</translation>
    </message>
    <message>
        <source>No other member of %1 has a final assessment on this framework.</source>
        <translation>Aucun autre membre de %1 n&apos;a d&apos;évaluation définitive sur ce cadre.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Assessment date</source>
        <translation>Date de l&apos;évaluation</translation>
    </message>
    <message>
        <source>Members without a final assessment</source>
        <translation>Membres sans évaluation définitive</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>Working translation — the English text is authoritative. The framework&apos;s texts in this report (items, headings, sub-topics, quoted practices, the rating scale and the guiding questions) are this product&apos;s working translation of the official English text of Annexes C and D.</source>
        <translation>Traduction de travail — le texte anglais fait foi. Les textes du cadre dans ce rapport (éléments, intitulés, sous-thèmes, pratiques citées, échelle de notation et questions d&apos;orientation) sont la traduction de travail, par ce produit, du texte anglais officiel des annexes C et D.</translation>
    </message>
    <message>
        <source>Official translation (%1) — the English text is authoritative. The framework&apos;s texts in this report are taken from that translation.</source>
        <translation>Traduction officielle (%1) — le texte anglais fait foi. Les textes du cadre dans ce rapport sont tirés de cette traduction.</translation>
    </message>
</context>
<context>
    <name>ReportNotesAnnex</name>
    <message>
        <source>Facilitator notes</source>
        <translation>Notes de l&apos;animateur</translation>
    </message>
    <message>
        <source>The facilitator&apos;s own notes on the items and the questions parked during the workshop to come back to. They are working notes, not findings of the team.</source>
        <translation>Les notes personnelles de l&apos;animateur sur les éléments et les questions mises en suspens pendant l&apos;atelier pour y revenir. Ce sont des notes de travail, non des conclusions de l&apos;équipe.</translation>
    </message>
    <message>
        <source>Notes by item</source>
        <translation>Notes par élément</translation>
    </message>
    <message>
        <source>No facilitator notes were recorded.</source>
        <translation>Aucune note de l&apos;animateur n&apos;a été enregistrée.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Questions en suspens</translation>
    </message>
    <message>
        <source>No questions were parked.</source>
        <translation>Aucune question n&apos;a été mise en suspens.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>done</source>
        <translation>traitée</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
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
        <translation>Impossible d&apos;écrire %1 : la police « %2 » n&apos;est pas installée (paquet Debian %3)</translation>
    </message>
    <message>
        <source>Cannot write %1: painting a PDF needs a QGuiApplication</source>
        <translation>Impossible d&apos;écrire %1 : dessiner un PDF exige une QGuiApplication</translation>
    </message>
    <message>
        <source>Unknown paper size &quot;%1&quot;: use a4 or letter</source>
        <translation>Format de papier inconnu « %1 » : utilisez a4 ou letter</translation>
    </message>
</context>
<context>
    <name>ReportRoundsChart</name>
    <message>
        <source>Overall</source>
        <translation>Ensemble</translation>
    </message>
    <message>
        <source>%1 (draft)</source>
        <translation>%1 (brouillon)</translation>
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
        <translation>non évalué</translation>
    </message>
    <message>
        <source>Since the previous assessment</source>
        <translation>Depuis la précédente évaluation</translation>
    </message>
    <message>
        <source>Compared with “%1” of %2 (%3), the previous round of this assessment under the rule stated in the methodology. A change is the current level minus the previous one; a move into or out of “not applicable” or “not assessed” is named instead. The explanation of change says whether practice changed (performance), the information did (evidence), the reading of the scale or the item did (method), or something else.</source>
        <translation>Comparaison avec « %1 » du %2 (%3), le cycle précédent de cette évaluation selon la règle exposée dans la méthodologie. Une évolution est le niveau actuel moins le précédent ; un passage vers ou hors de « non applicable » ou « non évalué » est nommé à la place. L&apos;explication du changement indique si la pratique a changé (performance), l&apos;information (information), la lecture de l&apos;échelle ou de l&apos;élément (méthode), ou autre chose.</translation>
    </message>
    <message>
        <source>final</source>
        <translation>définitive</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>Section means across rounds</source>
        <translation>Moyennes par section au fil des cycles</translation>
    </message>
    <message>
        <source>Mean of the rated items per section in every assessment of the state on this framework up to this one, as in the summary; drafts are marked.</source>
        <translation>Moyenne des éléments notés par section dans chaque évaluation de l&apos;État sur ce cadre jusqu&apos;à celle-ci, comme dans la synthèse ; les brouillons sont signalés.</translation>
    </message>
    <message>
        <source>Items that changed (%1 of %2)</source>
        <translation>Éléments modifiés (%1 sur %2)</translation>
    </message>
    <message>
        <source>No item is rated differently from the previous round.</source>
        <translation>Aucun élément n&apos;est noté autrement qu&apos;au cycle précédent.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Explanation of change</source>
        <translation>Explication du changement</translation>
    </message>
    <message>
        <source>no explanation recorded</source>
        <translation>aucune explication enregistrée</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Actions completed since the previous round</source>
        <translation>Actions achevées depuis le cycle précédent</translation>
    </message>
    <message>
        <source>None of the actions carried over from the previous round is done yet.</source>
        <translation>Aucune des actions reportées du cycle précédent n&apos;est encore achevée.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
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
        <translation>Note</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Peer median (n)</source>
        <translation>Méd. pairs (n)</translation>
    </message>
</context>
<context>
    <name>ReportTeamRecords</name>
    <message>
        <source>Ratings and rationale</source>
        <translation>Niveaux et justifications</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>non applicable</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source> · confidence: %1</source>
        <translation> · confiance : %1</translation>
    </message>
    <message>
        <source>No rationale has been recorded.</source>
        <translation>Aucune justification n&apos;a été enregistrée.</translation>
    </message>
    <message>
        <source>Checklist: sub-topics and quoted practices</source>
        <translation>Liste de contrôle : sous-thèmes et pratiques citées</translation>
    </message>
    <message>
        <source>How far each sub-topic and each practice quoted in the official text is in place, as recorded by the national team.</source>
        <translation>Degré de mise en place de chaque sous-thème et de chaque pratique citée dans le texte officiel, tel qu&apos;enregistré par l&apos;équipe nationale.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Practice: %1 (%2)</source>
        <translation>Pratique : %1 (%2)</translation>
    </message>
    <message>
        <source>Priority actions</source>
        <translation>Actions prioritaires</translation>
    </message>
    <message>
        <source>No actions have been recorded.</source>
        <translation>Aucune action n&apos;a été enregistrée.</translation>
    </message>
    <message>
        <source>Open and in-progress actions first, then by due date.</source>
        <translation>Actions ouvertes et en cours d&apos;abord, puis par échéance.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Annex: evidence</source>
        <translation>Annexe : preuves</translation>
    </message>
    <message>
        <source>No evidence has been recorded.</source>
        <translation>Aucune preuve n&apos;a été enregistrée.</translation>
    </message>
    <message>
        <source>Evidence the national team attached to each item. Entries marked CONFIDENTIAL were flagged as confidential by the team.</source>
        <translation>Preuves jointes par l&apos;équipe nationale à chaque élément. Les entrées marquées CONFIDENTIEL ont été signalées comme confidentielles par l&apos;équipe.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Mention</translation>
    </message>
    <message>
        <source>%1… (shortened; the full note is in the application)</source>
        <translation>%1… (abrégé ; la note complète figure dans l&apos;application)</translation>
    </message>
    <message>
        <source>%1
%2
SHA-256: %3</source>
        <translation>%1
%2
SHA-256 : %3</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>CONFIDENTIEL</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
</context>
<context>
    <name>ReportViewsAnnex</name>
    <message>
        <source>Where views differed</source>
        <translation>Points de divergence</translation>
    </message>
    <message>
        <source>The participants&apos; views did not differ on any item.</source>
        <translation>Les avis des participants n&apos;ont divergé sur aucun élément.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Views given</source>
        <translation>Avis exprimés</translation>
    </message>
    <message>
        <source>Median (range)</source>
        <translation>Médiane (étendue)</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Retenu</translation>
    </message>
    <message>
        <source>Dissent note</source>
        <translation>Opinion divergente</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>(aucune enregistrée)</translation>
    </message>
    <message>
        <source>Before agreeing its levels, the team collected the individual views of its participants (participants: %1; agencies: %2) from pre-assessment files, spreadsheets of votes, paper worksheets or votes in the room. An item counts as divergent when the levels given span two levels or more, or when some participants gave a level and others found the item not applicable. The median is that of the levels given (the mean of the two middle ones when their number is even); N/A views are counted apart.</source>
        <translation>Avant d&apos;arrêter ses niveaux, l&apos;équipe a recueilli les avis individuels de ses participants (participants : %1 ; organismes : %2) à partir de fichiers de pré-évaluation, de tableurs de votes, de fiches papier ou de votes en séance. Un élément est considéré comme divergent lorsque les niveaux donnés s&apos;étendent sur deux niveaux ou plus, ou lorsque certains participants ont donné un niveau et d&apos;autres ont jugé l&apos;élément non applicable. La médiane est celle des niveaux donnés (la moyenne des deux valeurs centrales si leur nombre est pair) ; les avis N/A sont comptés à part.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Participants: %1.</source>
        <translation>Participants : %1.</translation>
    </message>
    <message>
        <source>level %1: %2</source>
        <translation>niveau %1 : %2</translation>
    </message>
    <message>
        <source>N/A: %1</source>
        <translation>N/A : %1</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>not agreed</source>
        <translation>non arrêté</translation>
    </message>
</context>
<context>
    <name>ResponseRecords</name>
    <message>
        <source>an item is either scored or not applicable, not both</source>
        <translation>un élément est soit noté, soit sans objet, pas les deux</translation>
    </message>
    <message>
        <source>this framework does not allow &quot;not applicable&quot;</source>
        <translation>ce cadre n&apos;admet pas « sans objet »</translation>
    </message>
    <message>
        <source>score %1 is off the scale %2–%3</source>
        <translation>la note %1 est hors de l&apos;échelle %2–%3</translation>
    </message>
    <message>
        <source>target %1 is off the scale %2–%3</source>
        <translation>la cible %1 est hors de l&apos;échelle %2–%3</translation>
    </message>
</context>
<context>
    <name>RoomViewsSection</name>
    <message>
        <source>Views in the room</source>
        <translation>Avis dans la salle</translation>
    </message>
    <message>
        <source>No participant&apos;s view yet. Import a spreadsheet of votes or a participant&apos;s own assessment, or drop the file on this page.</source>
        <translation>Aucun avis de participant pour l&apos;instant. Importez un tableau de votes ou l&apos;évaluation propre d&apos;un participant, ou déposez le fichier sur cette page.</translation>
    </message>
    <message>
        <source>Participants: %1 · agencies: %2 · views on this item: %3</source>
        <translation>Participants : %1 · organismes : %2 · avis sur cet élément : %3</translation>
    </message>
    <message>
        <source>%1: %2 of the participants</source>
        <translation>%1 : %2 des participants</translation>
    </message>
    <message>
        <source>No level given: all views are N/A.</source>
        <translation>Aucun niveau donné : tous les avis sont N/A.</translation>
    </message>
    <message>
        <source>Median %1 · range %2</source>
        <translation>Médiane %1 · étendue %2</translation>
    </message>
    <message>
        <source>Views differ here: discuss the differences before agreeing a level.</source>
        <translation>Les avis divergent ici : discutez des différences avant de retenir un niveau.</translation>
    </message>
    <message>
        <source>Take the median (level %1)</source>
        <translation>Retenir la médiane (niveau %1)</translation>
    </message>
    <message>
        <source>Next item where views differ (%1)</source>
        <translation>Élément suivant aux avis divergents (%1)</translation>
    </message>
    <message>
        <source>Import views…</source>
        <translation>Importer des avis…</translation>
    </message>
    <message>
        <source>Import participants&apos; views from a file</source>
        <translation>Importer les avis des participants depuis un fichier</translation>
    </message>
    <message>
        <source>Print worksheets…</source>
        <translation>Imprimer les fiches…</translation>
    </message>
    <message>
        <source>Print participant worksheets for rooms without devices</source>
        <translation>Imprimer des fiches pour les salles sans appareils</translation>
    </message>
    <message>
        <source>Enter paper worksheets…</source>
        <translation>Saisir les fiches papier…</translation>
    </message>
    <message>
        <source>Type in the participants&apos; paper worksheets</source>
        <translation>Saisir les fiches papier des participants</translation>
    </message>
    <message>
        <source>Show names</source>
        <translation>Afficher les noms</translation>
    </message>
    <message>
        <source>Show the participants&apos; names with their comments</source>
        <translation>Afficher les noms des participants avec leurs commentaires</translation>
    </message>
    <message>
        <source>“%1” (%2; %3)</source>
        <translation>« %1 » (%2 ; %3)</translation>
    </message>
    <message>
        <source>Choose a spreadsheet of votes or a participant&apos;s assessment</source>
        <translation>Choisir un tableau de votes ou l&apos;évaluation d&apos;un participant</translation>
    </message>
    <message>
        <source>Participants&apos; views (*.csv *.json)</source>
        <translation>Avis des participants (*.csv *.json)</translation>
    </message>
</context>
<context>
    <name>RoundComparison</name>
    <message>
        <source>assessment %1 uses framework %2 but %3 uses %4: only assessments of the same framework can be compared</source>
        <translation>l&apos;évaluation %1 utilise le cadre %2 mais %3 utilise %4 : seules des évaluations sur le même cadre peuvent être comparées</translation>
    </message>
</context>
<context>
    <name>RoundMovers</name>
    <message>
        <source>Moved up most since the previous round</source>
        <translation>Plus fortes hausses depuis le cycle précédent</translation>
    </message>
    <message>
        <source>Moved down most since the previous round</source>
        <translation>Plus fortes baisses depuis le cycle précédent</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
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
        <translation>%1 brouillon</translation>
    </message>
    <message>
        <source>no category</source>
        <translation>sans catégorie</translation>
    </message>
    <message>
        <source>
Explanations of change:
</source>
        <translation>
Explications du changement :
</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2), framework %3: %n round(s)

</source>
        <translation>
            <numerusform>%1 (%2), cadre %3 : %n cycle

</numerusform>
            <numerusform>%1 (%2), cadre %3 : %n cycles

</numerusform>
        </translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Ensemble</translation>
    </message>
    <message>
        <source>
Change: %1 against the previous round of %2 (%3)
</source>
        <translation>
Évolution : %1 par rapport au cycle précédent du %2 (%3)
</translation>
    </message>
    <message>
        <source>
No previous round to compare the newest with.
</source>
        <translation>
Aucun cycle précédent auquel comparer le plus récent.
</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>From %1 (%2)
To   %3 (%4)

</source>
        <translation>De %1 (%2)
À  %3 (%4)

</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message numerus="yes">
        <source>
%1 of %n item(s) changed.
</source>
        <translation>
            <numerusform>
%1 élément sur %n a changé.
</numerusform>
            <numerusform>
%1 éléments sur %n ont changé.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveFileDialog</name>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Folder to save in</source>
        <translation>Dossier d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the folder to save in</source>
        <translation>Choisir le dossier d&apos;enregistrement</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>File name, or a path</source>
        <translation>Nom du fichier, ou un chemin</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>SaveIndicator</name>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Every change is saved at once. Last saved %1</source>
        <translation>Chaque modification est enregistrée immédiatement. Dernier enregistrement : %1</translation>
    </message>
</context>
<context>
    <name>SaveLocation</name>
    <message>
        <source>type a file name to save to</source>
        <translation>saisissez le nom du fichier à enregistrer</translation>
    </message>
    <message>
        <source>choose a folder to save &quot;%1&quot; in</source>
        <translation>choisissez un dossier où enregistrer « %1 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder; type a file name</source>
        <translation>« %1 » est un dossier ; saisissez un nom de fichier</translation>
    </message>
    <message>
        <source>%1: the folder does not exist</source>
        <translation>%1 : le dossier n&apos;existe pas</translation>
    </message>
</context>
<context>
    <name>SavedFileNotice</name>
    <message>
        <source>Open file</source>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message>
        <source>Open the saved file</source>
        <translation>Ouvrir le fichier enregistré</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open the folder of the saved file</source>
        <translation>Ouvrir le dossier du fichier enregistré</translation>
    </message>
</context>
<context>
    <name>ScoreCard</name>
    <message>
        <source>%1: mean level %2 of %3, %4 of %5 items assessed</source>
        <translation>%1 : niveau moyen %2 sur %3, %4 éléments sur %5 évalués</translation>
    </message>
    <message>
        <source>mean level of %1</source>
        <translation>niveau moyen sur %1</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Coverage: %1 of %2 assessed (%3 scored, %4 N/A)</source>
        <translation>Couverture : %1 sur %2 évalués (%3 notés, %4 N/A)</translation>
    </message>
</context>
<context>
    <name>SharedFigureRecords</name>
    <message>
        <source>%1 assessment of %2 (shared copy)</source>
        <translation>Évaluation %1 du %2 (copie partagée)</translation>
    </message>
    <message>
        <source>%1: no final assessment with id &quot;%2&quot; among the shared figures this login may read</source>
        <translation>%1 : aucune évaluation définitive d&apos;identifiant « %2 » parmi les chiffres partagés que cette connexion peut lire</translation>
    </message>
</context>
<context>
    <name>SqlConnection</name>
    <message>
        <source>%1: cannot open the database: %2</source>
        <translation>%1 : impossible d&apos;ouvrir la base de données : %2</translation>
    </message>
    <message>
        <source>%1: the database is damaged (%2): run `iamm check`; %3</source>
        <translation>%1 : la base de données est endommagée (%2) : exécutez `iamm check` ; %3</translation>
    </message>
    <message>
        <source>%1: the database is read-only (%2), nothing was saved</source>
        <translation>%1 : la base de données est en lecture seule (%2), rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>%1: database error: %2 (in: %3)</source>
        <translation>%1 : erreur de base de données : %2 (dans : %3)</translation>
    </message>
    <message>
        <source>%1: cannot save: %2</source>
        <translation>%1 : enregistrement impossible : %2</translation>
    </message>
</context>
<context>
    <name>SqliteEngine</name>
    <message>
        <source>%1: no database there, and it was opened read-only</source>
        <translation>%1 : aucune base de données à cet emplacement, et elle a été ouverte en lecture seule</translation>
    </message>
    <message>
        <source>%1: cannot create the folder for the database</source>
        <translation>%1 : impossible de créer le dossier de la base de données</translation>
    </message>
    <message>
        <source>as requested</source>
        <translation>à la demande</translation>
    </message>
    <message>
        <source>%1: cannot switch the database to write-ahead logging (journal mode is %2)</source>
        <translation>%1 : impossible de passer la base de données en journalisation anticipée (write-ahead logging ; le mode de journal est %2)</translation>
    </message>
    <message>
        <source>%1: a SQLite database of another program (tables %2), not an IAMM database; it was left unchanged</source>
        <translation>%1 : une base de données SQLite d&apos;un autre programme (tables %2), pas une base de données IAMM ; elle n&apos;a pas été modifiée</translation>
    </message>
    <message>
        <source>%1: cannot start a transaction: %2</source>
        <translation>%1 : impossible de démarrer une transaction : %2</translation>
    </message>
    <message>
        <source>%1; it was left unchanged (run `iamm check`; %2)</source>
        <translation>%1 ; il n&apos;a pas été modifié (exécutez `iamm check` ; %2)</translation>
    </message>
    <message>
        <source>%1: table %2 row %3 refers to a missing %4 row</source>
        <translation>%1 : la ligne %3 de la table %2 renvoie à une ligne %4 manquante</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message numerus="yes">
        <source>Imported %n assessment(s).</source>
        <translation>
            <numerusform>%n évaluation importée.</numerusform>
            <numerusform>%n évaluations importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported for sharing to %1</source>
        <translation>Exporté pour partage vers %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Sauvegardé dans %1</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>Backups: %1 (on closing after changes and before upgrades; the newest 10 are kept)</source>
        <translation>Sauvegardes : %1 (à la fermeture après des modifications et avant les mises à niveau ; les 10 plus récentes sont conservées)</translation>
    </message>
    <message>
        <source>Peer groups…</source>
        <translation>Groupes de pairs…</translation>
    </message>
    <message>
        <source>Show and edit the peer groups</source>
        <translation>Afficher et modifier les groupes de pairs</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Sauvegarder…</translation>
    </message>
    <message>
        <source>Write a backup of the database into %1</source>
        <translation>Écrire une sauvegarde de la base de données dans %1</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <source>Replace the database by a backup</source>
        <translation>Remplacer la base de données par une sauvegarde</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Import assessments from exchange files</source>
        <translation>Importer des évaluations depuis des fichiers d&apos;échange</translation>
    </message>
    <message>
        <source>New assessment…</source>
        <translation>Nouvelle évaluation…</translation>
    </message>
    <message>
        <source>Create a new assessment</source>
        <translation>Créer une nouvelle évaluation</translation>
    </message>
    <message>
        <source>Drop exchange files (.json) to import them</source>
        <translation>Déposez des fichiers d&apos;échange (.json) pour les importer</translation>
    </message>
    <message>
        <source>Exchange files (*.json)</source>
        <translation>Fichiers d&apos;échange (*.json)</translation>
    </message>
    <message>
        <source>Export for sharing (no typed text, no confidential items)</source>
        <translation>Exporter pour partage (sans texte saisi ni éléments confidentiels)</translation>
    </message>
    <message>
        <source>Export the assessment</source>
        <translation>Exporter l&apos;évaluation</translation>
    </message>
    <message>
        <source>Restore the database from a backup</source>
        <translation>Restaurer la base de données depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Databases (*.sqlite)</source>
        <translation>Bases de données (*.sqlite)</translation>
    </message>
    <message>
        <source>Replace the database by the backup %1? The current database is kept beside it as “…replaced-DATE”.</source>
        <translation>Remplacer la base de données par la sauvegarde %1 ? La base actuelle est conservée à côté sous le nom « …replaced-DATE ».</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Restored from %1</source>
        <translation>Restauré depuis %1</translation>
    </message>
    <message>
        <source>Replace assessment %1 with the imported file? Its ratings, evidence and actions in this database are replaced.</source>
        <translation>Remplacer l&apos;évaluation %1 par le fichier importé ? Ses niveaux, preuves et actions dans cette base sont remplacés.</translation>
    </message>
    <message>
        <source>Replace assessment?</source>
        <translation>Remplacer l&apos;évaluation ?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Delete the assessment “%1” of %2 with all its ratings, evidence and actions? This cannot be undone.</source>
        <translation>Supprimer l&apos;évaluation « %1 » de %2 avec tous ses niveaux, preuves et actions ? Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>Delete assessment</source>
        <translation>Supprimer l&apos;évaluation</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Backups: kept by the server&apos;s administrator</source>
        <translation>Sauvegardes : assurées par l&apos;administrateur du serveur</translation>
    </message>
    <message>
        <source>Open database…</source>
        <translation>Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Open another database file or a shared database on a server</source>
        <translation>Ouvrir un autre fichier de base de données ou une base de données partagée sur un serveur</translation>
    </message>
</context>
<context>
    <name>StateCatalog</name>
    <message>
        <source>%1: cannot read the state name aliases: %2</source>
        <translation>%1 : impossible de lire les autres noms des États : %2</translation>
    </message>
    <message>
        <source>every alias needs its source</source>
        <translation>chaque autre nom doit indiquer sa source</translation>
    </message>
    <message>
        <source>unknown state code &quot;%1&quot;</source>
        <translation>code d&apos;État inconnu « %1 »</translation>
    </message>
    <message>
        <source>%1: cannot read the demo states: %2</source>
        <translation>%1 : impossible de lire les États de démonstration : %2</translation>
    </message>
    <message>
        <source>demo codes must be user-assigned (XAA–XZZ)</source>
        <translation>les codes de démonstration doivent être des codes attribuables par l&apos;utilisateur (XAA–XZZ)</translation>
    </message>
    <message>
        <source>%1: cannot read the ISO 3166 country codes (is the iso-codes package installed?): %2</source>
        <translation>%1 : impossible de lire les codes de pays ISO 3166 (le paquet iso-codes est-il installé ?) : %2</translation>
    </message>
</context>
<context>
    <name>StateRoundsHeading</name>
    <message numerus="yes">
        <source>%1 (%2) · %n round(s), newest first</source>
        <translation>
            <numerusform>%1 (%2) · %n cycle, le plus récent en premier</numerusform>
            <numerusform>%1 (%2) · %n cycles, le plus récent en premier</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusChangeDialog</name>
    <message>
        <source>Reopen the assessment “%1” of %2 as a draft? It can then be changed again, and it no longer counts as a final assessment in peer comparisons until it is finalized again.</source>
        <translation>Rouvrir l&apos;évaluation « %1 » de %2 comme brouillon ? Elle pourra de nouveau être modifiée et ne comptera plus comme évaluation définitive dans les comparaisons entre pairs jusqu&apos;à ce qu&apos;elle soit de nouveau finalisée.</translation>
    </message>
    <message>
        <source>Every item is assessed.</source>
        <translation>Tous les éléments sont évalués.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still unassessed.</source>
        <translation>
            <numerusform>%n élément n&apos;est pas encore évalué.</numerusform>
            <numerusform>%n éléments ne sont pas encore évalués.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finalize the assessment “%1” of %2? %3 A final assessment is read-only and counts in peer comparisons; you can reopen it later from this page.</source>
        <translation>Finaliser l&apos;évaluation « %1 » de %2 ? %3 Une évaluation définitive est en lecture seule et compte dans les comparaisons entre pairs ; vous pourrez la rouvrir plus tard depuis cette page.</translation>
    </message>
    <message>
        <source>Reopen assessment</source>
        <translation>Rouvrir l&apos;évaluation</translation>
    </message>
    <message>
        <source>Finalize assessment</source>
        <translation>Finaliser l&apos;évaluation</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>Finaliser</translation>
    </message>
</context>
<context>
    <name>StatusChip</name>
    <message>
        <source>Final</source>
        <translation>Définitive</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
</context>
<context>
    <name>StoreContext</name>
    <message>
        <source>%1: framework snapshot %2 is missing</source>
        <translation>%1 : l&apos;instantané du cadre %2 est manquant</translation>
    </message>
    <message>
        <source>framework %1 has no item &quot;%2&quot; (items are %3 … %4)</source>
        <translation>le cadre %1 n&apos;a pas d&apos;élément « %2 » (les éléments vont de %3 à %4)</translation>
    </message>
    <message>
        <source>%1: no assessment with id &quot;%2&quot;</source>
        <translation>%1 : aucune évaluation avec l&apos;identifiant « %2 »</translation>
    </message>
    <message>
        <source>assessment %1 is final; reopen it before changing it</source>
        <translation>l&apos;évaluation %1 est définitive ; rouvrez-la avant de la modifier</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary: %1 – %2 (%3)</source>
        <translation>Synthèse : %1 – %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Tous les éléments</translation>
    </message>
    <message>
        <source>Levels and targets of all %1 items</source>
        <translation>Niveaux et cibles des %1 éléments</translation>
    </message>
    <message>
        <source>Each bar and the number above it show the level the team agreed (level 0 is a short outlined bar, &quot;–&quot; means not rated); the horizontal line across a bar marks the target. Choose a bar to open the item.</source>
        <translation>Chaque barre et le chiffre au-dessus indiquent le niveau retenu par l&apos;équipe (le niveau 0 est une courte barre en contour, « – » signifie non noté) ; le trait horizontal sur une barre marque la cible. Choisissez une barre pour ouvrir l&apos;élément.</translation>
    </message>
    <message>
        <source>Largest gaps to target</source>
        <translation>Plus grands écarts à la cible</translation>
    </message>
    <message>
        <source>No rated item is below its target.</source>
        <translation>Aucun élément noté n&apos;est en dessous de sa cible.</translation>
    </message>
    <message>
        <source>Rated items below their target, largest gap first.</source>
        <translation>Éléments notés sous leur cible, du plus grand écart au plus petit.</translation>
    </message>
    <message>
        <source>%1, gap %2: %3</source>
        <translation>%1, écart %2 : %3</translation>
    </message>
    <message>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <source>%1: level %2, target %3</source>
        <translation>%1 : niveau %2, cible %3</translation>
    </message>
    <message>
        <source>Across rounds</source>
        <translation>D&apos;un cycle à l&apos;autre</translation>
    </message>
    <message>
        <source>Section and overall means of every assessment of %1 on this framework, oldest first.</source>
        <translation>Moyennes par section et globales de chaque évaluation de %1 sur ce cadre, de la plus ancienne à la plus récente.</translation>
    </message>
</context>
<context>
    <name>TableExporter</name>
    <message>
        <source>Cannot write the table %1: %2</source>
        <translation>Impossible d&apos;écrire le tableau %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write a spreadsheet cell: %1</source>
        <translation>Impossible d&apos;écrire une cellule du tableur : %1</translation>
    </message>
    <message>
        <source>Cannot write the table %1: out of memory</source>
        <translation>Impossible d&apos;écrire le tableau %1 : mémoire insuffisante</translation>
    </message>
    <message>
        <source>Unknown table format &quot;%1&quot; for %2: use csv or xlsx</source>
        <translation>Format de tableau inconnu « %1 » pour %2 : utilisez csv ou xlsx</translation>
    </message>
    <message>
        <source>state_code</source>
        <translation>Code État</translation>
    </message>
    <message>
        <source>state_name</source>
        <translation>État</translation>
    </message>
    <message>
        <source>assessment_id</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>assessment_date</source>
        <translation>Date de l&apos;évaluation</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>Manquante</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>States x items</source>
        <translation>États x éléments</translation>
    </message>
</context>
<context>
    <name>TallyPage</name>
    <message>
        <source>Enter paper worksheets</source>
        <translation>Saisir les fiches papier</translation>
    </message>
    <message>
        <source>Type 0–4 or N for each item: the cursor moves to the next item. Backspace clears, arrows move, Enter moves down. Ctrl+S saves.</source>
        <translation>Tapez 0–4 ou N pour chaque élément : le curseur passe à l&apos;élément suivant. Retour arrière efface, les flèches déplacent, Entrée descend. Ctrl+S enregistre.</translation>
    </message>
    <message>
        <source>Participants&apos; views by item</source>
        <translation>Avis des participants par élément</translation>
    </message>
    <message>
        <source>No participant yet: add one for each worksheet below.</source>
        <translation>Aucun participant pour l&apos;instant : ajoutez-en un par fiche ci-dessous.</translation>
    </message>
    <message>
        <source>Participant&apos;s name</source>
        <translation>Nom du participant</translation>
    </message>
    <message>
        <source>Name of the participant to add</source>
        <translation>Nom du participant à ajouter</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Agency of the participant to add</source>
        <translation>Organisme du participant à ajouter</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Ajouter le participant</translation>
    </message>
    <message>
        <source>Remove this participant</source>
        <translation>Retirer ce participant</translation>
    </message>
    <message>
        <source>Remove the participant of the current row</source>
        <translation>Retirer le participant de la ligne en cours</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the views (Ctrl+S)</source>
        <translation>Enregistrer les avis (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>TargetAndConfidence</name>
    <message>
        <source>Target level</source>
        <translation>Niveau cible</translation>
    </message>
    <message>
        <source>Where the team wants this item to be; without a choice the framework&apos;s default target counts.</source>
        <translation>Là où l&apos;équipe veut que cet élément se situe ; sans choix, la cible par défaut du cadre s&apos;applique.</translation>
    </message>
    <message>
        <source>Confidence in the rating</source>
        <translation>Confiance dans le niveau</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
</context>
<context>
    <name>TeamRoster</name>
    <message>
        <source>assessment %1 has no team members</source>
        <translation>l&apos;évaluation %1 n&apos;a aucun membre d&apos;équipe</translation>
    </message>
    <message>
        <source>assessment %1 has no team member %2 (members are 1 to %3)</source>
        <translation>l&apos;évaluation %1 n&apos;a pas de membre d&apos;équipe %2 (les membres vont de 1 à %3)</translation>
    </message>
</context>
<context>
    <name>TranslationMark</name>
    <message>
        <source>English original — the authoritative text</source>
        <translation>Original anglais — le texte qui fait foi</translation>
    </message>
    <message>
        <source>Show translation</source>
        <translation>Afficher la traduction</translation>
    </message>
    <message>
        <source>Show English</source>
        <translation>Afficher l&apos;anglais</translation>
    </message>
    <message>
        <source>Switches the framework&apos;s texts between the translation and the English original (Ctrl+E)</source>
        <translation>Bascule les textes du cadre entre la traduction et l&apos;original anglais (Ctrl+E)</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Section and overall means across the rounds</source>
        <translation>Moyennes par section et globales d&apos;un cycle à l&apos;autre</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Ensemble</translation>
    </message>
    <message>
        <source>Hollow points: draft</source>
        <translation>Points creux : brouillon</translation>
    </message>
</context>
<context>
    <name>TrendLoader</name>
    <message>
        <source>%1 is not an ISO 3166 alpha-3 state code</source>
        <translation>%1 n&apos;est pas un code d&apos;État ISO 3166 alpha-3</translation>
    </message>
    <message>
        <source>%1 has no final assessment on framework %2</source>
        <translation>%1 n&apos;a aucune évaluation définitive sur le cadre %2</translation>
    </message>
    <message>
        <source>%1 has no assessment on framework %2</source>
        <translation>%1 n&apos;a aucune évaluation sur le cadre %2</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>assessment status %1 is not one of %2</source>
        <translation>le statut d&apos;évaluation %1 n&apos;est pas l&apos;une des valeurs %2</translation>
    </message>
    <message>
        <source>evidence kind %1 is not one of %2</source>
        <translation>le type de preuve %1 n&apos;est pas l&apos;une des valeurs %2</translation>
    </message>
    <message>
        <source>confidence %1 is not one of %2</source>
        <translation>la confiance %1 n&apos;est pas l&apos;une des valeurs %2</translation>
    </message>
    <message>
        <source>checklist status %1 is not one of %2</source>
        <translation>le statut de liste de contrôle %1 n&apos;est pas l&apos;une des valeurs %2</translation>
    </message>
    <message>
        <source>action status %1 is not one of %2</source>
        <translation>le statut d&apos;action %1 n&apos;est pas l&apos;une des valeurs %2</translation>
    </message>
    <message>
        <source>change reason %1 is not one of %2</source>
        <translation>le motif de l&apos;évolution %1 n&apos;est pas l&apos;une des valeurs %2</translation>
    </message>
    <message>
        <source>action review %1 is not one of %2</source>
        <translation>le réexamen d&apos;action %1 n&apos;est pas l&apos;une des valeurs %2</translation>
    </message>
</context>
<context>
    <name>VocabularyText</name>
    <message>
        <source>final</source>
        <translation>définitive</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>link</source>
        <translation>lien</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <source>in place</source>
        <translation>en place</translation>
    </message>
    <message>
        <source>partly in place</source>
        <translation>partiellement en place</translation>
    </message>
    <message>
        <source>not in place</source>
        <translation>pas en place</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>non applicable</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>abandonnée</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>à réexaminer</translation>
    </message>
    <message>
        <source>continuing</source>
        <translation>se poursuit</translation>
    </message>
</context>
<context>
    <name>VoteRequest</name>
    <message>
        <source>the vote has %1 bytes; at most %2 are allowed</source>
        <translation>le vote compte %1 octets ; au plus %2 sont admis</translation>
    </message>
    <message>
        <source>the vote is not a JSON object</source>
        <translation>le vote n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>champ inconnu « %1 »</translation>
    </message>
    <message>
        <source>&quot;code&quot; must be a string</source>
        <translation>« code » doit être une chaîne de caractères</translation>
    </message>
    <message>
        <source>&quot;client&quot; must be %1–%2 letters, digits, - or _</source>
        <translation>« client » doit compter de %1 à %2 lettres, chiffres, - ou _</translation>
    </message>
    <message>
        <source>&quot;item&quot; must be an item id</source>
        <translation>« item » doit être l&apos;identifiant d&apos;un élément</translation>
    </message>
    <message>
        <source>a vote is a &quot;score&quot; from 0 to 4 or &quot;na&quot;: true, one of the two</source>
        <translation>un vote est soit un « score » de 0 à 4, soit « na » : true, mais pas les deux</translation>
    </message>
    <message>
        <source>&quot;name&quot; and &quot;agency&quot; are texts of at most %1 characters</source>
        <translation>« name » et « agency » sont des textes d&apos;au plus %1 caractères</translation>
    </message>
</context>
<context>
    <name>VotingSetupDialog</name>
    <message>
        <source>Start live voting</source>
        <translation>Lancer le vote en direct</translation>
    </message>
    <message>
        <source>Participants vote from their phones on this computer&apos;s own voting page, on the local network only. They need the session code shown on the screen; nobody sees who voted what.</source>
        <translation>Les participants votent depuis leur téléphone sur la page de vote de cet ordinateur, sur le réseau local uniquement. Il leur faut le code de séance affiché à l&apos;écran ; personne ne voit qui a voté quoi.</translation>
    </message>
    <message>
        <source>Network address</source>
        <translation>Adresse réseau</translation>
    </message>
    <message>
        <source>Network address to serve the voting page on</source>
        <translation>Adresse réseau où servir la page de vote</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Port of the voting page</source>
        <translation>Port de la page de vote</translation>
    </message>
    <message>
        <source>Start voting</source>
        <translation>Lancer le vote</translation>
    </message>
    <message>
        <source>Start serving the voting page and open the vote on this item</source>
        <translation>Servir la page de vote et ouvrir le vote sur cet élément</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>WindowScreenshot</name>
    <message numerus="yes">
        <source>QML reported %n warning(s); first: %1</source>
        <translation>
            <numerusform>QML a signalé %n avertissement ; le premier : %1</numerusform>
            <numerusform>QML a signalé %n avertissements ; le premier : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the window is blank (%1×%2, one colour)</source>
        <translation>la fenêtre est vide (%1×%2, une seule couleur)</translation>
    </message>
    <message>
        <source>%1: cannot save the screenshot</source>
        <translation>%1 : impossible d&apos;enregistrer la capture d&apos;écran</translation>
    </message>
    <message>
        <source>the window was never shown</source>
        <translation>la fenêtre n&apos;a jamais été affichée</translation>
    </message>
</context>
<context>
    <name>WorksheetDialog</name>
    <message>
        <source>Worksheet saved to %1</source>
        <translation>Fiche enregistrée dans %1</translation>
    </message>
    <message>
        <source>Print participant worksheets</source>
        <translation>Imprimer les fiches des participants</translation>
    </message>
    <message>
        <source>A printable form with every item&apos;s official text, the five levels and boxes for 0–4 and N/A, for participants to fill in by hand. Enter the sheets afterwards with “Enter paper worksheets”, or import them as a spreadsheet of votes.</source>
        <translation>Un formulaire imprimable avec le texte officiel de chaque élément, les cinq niveaux et des cases 0–4 et N/A, que les participants remplissent à la main. Saisissez ensuite les fiches avec « Saisir les fiches papier », ou importez-les comme tableau de votes.</translation>
    </message>
    <message>
        <source>Participant&apos;s name (empty: a blank line to write on)</source>
        <translation>Nom du participant (vide : une ligne à remplir)</translation>
    </message>
    <message>
        <source>Participant&apos;s name for the worksheet</source>
        <translation>Nom du participant pour la fiche</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>A4 paper</source>
        <translation>Papier A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>US Letter paper</source>
        <translation>Papier Lettre US</translation>
    </message>
    <message>
        <source>Choose file and save…</source>
        <translation>Choisir le fichier et enregistrer…</translation>
    </message>
    <message>
        <source>Choose where to save the worksheet and save it</source>
        <translation>Choisir où enregistrer la fiche et l&apos;enregistrer</translation>
    </message>
    <message>
        <source>%1-worksheet.pdf</source>
        <translation>%1-fiche.pdf</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Save the worksheet</source>
        <translation>Enregistrer la fiche</translation>
    </message>
</context>
<context>
    <name>WorksheetDocument</name>
    <message>
        <source>IAMM participant worksheet – %1</source>
        <translation>Fiche participant IAMM – %1</translation>
    </message>
    <message>
        <source>IAMM participant worksheet · %1</source>
        <translation>Fiche participant IAMM · %1</translation>
    </message>
    <message>
        <source>IAMM participant worksheet</source>
        <translation>Fiche participant IAMM</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Assessment %1</source>
        <translation>Évaluation %1</translation>
    </message>
    <message>
        <source>How to fill in this worksheet</source>
        <translation>Comment remplir cette fiche</translation>
    </message>
    <message>
        <source>Mark one box per item: the level that best describes the situation today, or N/A if the item does not apply. Leave an item blank if you have no view. Add a comment if you wish.</source>
        <translation>Cochez une case par élément : le niveau qui décrit le mieux la situation actuelle, ou N/A si l&apos;élément ne s&apos;applique pas. Laissez un élément vide si vous n&apos;avez pas d&apos;avis. Ajoutez un commentaire si vous le souhaitez.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>The levels</source>
        <translation>Les niveaux</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>The item does not apply.</source>
        <translation>L&apos;élément ne s&apos;applique pas.</translation>
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
        <translation>Participant : %1</translation>
    </message>
    <message>
        <source>Working translation — the English text is authoritative</source>
        <translation>Traduction de travail — le texte anglais fait foi</translation>
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
        <translation>Commentaire</translation>
    </message>
</context>
<context>
    <name>iamm::ActionConflict</name>
    <message>
        <source>the action %1 of %2 was changed at %3 after you opened it; your change was not saved</source>
        <translation>l’action %1 de %2 a été modifiée le %3 après que vous l’avez ouverte ; votre modification n’a pas été enregistrée</translation>
    </message>
    <message>
        <source>the action %1 of %2 was changed by %3 at %4 after you opened it; your change was not saved</source>
        <translation>l’action %1 de %2 a été modifiée par %3 le %4 après que vous l’avez ouverte ; votre modification n’a pas été enregistrée</translation>
    </message>
    <message>
        <source>the action %1 of %2 was removed after you opened it; your change was not saved</source>
        <translation>l’action %1 de %2 a été supprimée après que vous l’avez ouverte ; votre modification n’a pas été enregistrée</translation>
    </message>
    <message>
        <source>the action %1 of %2 was removed by %3 at %4 after you opened it; your change was not saved</source>
        <translation>l’action %1 de %2 a été supprimée par %3 le %4 après que vous l’avez ouverte ; votre modification n’a pas été enregistrée</translation>
    </message>
</context>
<context>
    <name>iamm::ChecklistConflict</name>
    <message>
        <source>the checklist status of %1 was changed after you opened it; your change was not saved</source>
        <translation>le statut de %1 dans la liste de contrôle a été modifié après que vous l’avez ouvert ; votre modification n’a pas été enregistrée</translation>
    </message>
    <message>
        <source>the checklist status of %1 was changed by %2 at %3 after you opened it; your change was not saved</source>
        <translation>le statut de %1 dans la liste de contrôle a été modifié par %2 le %3 après que vous l’avez ouvert ; votre modification n’a pas été enregistrée</translation>
    </message>
</context>
<context>
    <name>iamm::EditConflict</name>
    <message>
        <source>%1 was changed at %2 after you opened it; your change was not saved</source>
        <translation>%1 a été modifié le %2 après que vous l’avez ouvert ; votre modification n’a pas été enregistrée</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 after you opened it; your change was not saved</source>
        <translation>%1 a été modifié par %2 le %3 après que vous l’avez ouvert ; votre modification n’a pas été enregistrée</translation>
    </message>
</context>
<context>
    <name>iamm::FacilitatorNoteConflict</name>
    <message>
        <source>the facilitator&apos;s note on %1 was changed after you opened it; your change was not saved</source>
        <translation>la note de l’animateur sur %1 a été modifiée après que vous l’avez ouverte ; votre modification n’a pas été enregistrée</translation>
    </message>
    <message>
        <source>the facilitator&apos;s note on %1 was changed by %2 at %3 after you opened it; your change was not saved</source>
        <translation>la note de l’animateur sur %1 a été modifiée par %2 le %3 après que vous l’avez ouverte ; votre modification n’a pas été enregistrée</translation>
    </message>
</context>
<context>
    <name>iamm::PollServer</name>
    <message>
        <source>the session code must be 6 digits, not &quot;%1&quot;</source>
        <translation>le code de séance doit compter 6 chiffres, et non « %1 »</translation>
    </message>
    <message>
        <source>too many requests from this address</source>
        <translation>trop de requêtes depuis cette adresse</translation>
    </message>
    <message>
        <source>no such page</source>
        <translation>page introuvable</translation>
    </message>
    <message>
        <source>wrong session code</source>
        <translation>code de séance erroné</translation>
    </message>
    <message>
        <source>too many requests from this client</source>
        <translation>trop de requêtes de ce client</translation>
    </message>
    <message>
        <source>the level is off the item&apos;s scale</source>
        <translation>le niveau est hors de l&apos;échelle de l&apos;élément</translation>
    </message>
    <message>
        <source>this item cannot be &quot;not applicable&quot;</source>
        <translation>cet élément ne peut pas être « sans objet »</translation>
    </message>
    <message>
        <source>the vote is open on another item</source>
        <translation>le vote est ouvert sur un autre élément</translation>
    </message>
    <message>
        <source>the vote is closed</source>
        <translation>le vote est clos</translation>
    </message>
    <message>
        <source>cannot serve the vote on %1 port %2: %3</source>
        <translation>impossible de servir le vote sur %1, port %2 : %3</translation>
    </message>
</context>
<context>
    <name>iamm::TeamConflict</name>
    <message>
        <source>the team of %1 was changed after you opened it; your change was not saved</source>
        <translation>l’équipe de %1 a été modifiée après que vous l’avez ouverte ; votre modification n’a pas été enregistrée</translation>
    </message>
    <message>
        <source>the team of %1 was changed by %2 at %3 after you opened it; your change was not saved</source>
        <translation>l’équipe de %1 a été modifiée par %2 le %3 après que vous l’avez ouverte ; votre modification n’a pas été enregistrée</translation>
    </message>
</context>
<context>
    <name>iamm::gui::ActionController</name>
    <message>
        <source>&quot;%1&quot; is not a date; enter the due date as YYYY-MM-DD</source>
        <translation>« %1 » n&apos;est pas une date ; saisissez l&apos;échéance au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Not refreshed</source>
        <translation>Non actualisé</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsable : %1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Échéance : %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
</context>
<context>
    <name>iamm::gui::AgendaController</name>
    <message>
        <source>No assessment is open.</source>
        <translation>Aucune évaluation n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>The agenda was not saved.</source>
        <translation>L&apos;ordre du jour n&apos;a pas été enregistré.</translation>
    </message>
</context>
<context>
    <name>iamm::gui::DatabaseChooser</name>
    <message>
        <source>no workshop to open the database in</source>
        <translation>aucun atelier dans lequel ouvrir la base de données</translation>
    </message>
    <message>
        <source>type a database address or choose a database file</source>
        <translation>saisissez l’adresse d’une base de données ou choisissez un fichier de base de données</translation>
    </message>
    <message>
        <source>%1: there is no database file there</source>
        <translation>%1 : il n’y a pas de fichier de base de données à cet endroit</translation>
    </message>
</context>
<context>
    <name>iamm::gui::EvidenceController</name>
    <message>
        <source>%1: cannot write a copy to open it: %2</source>
        <translation>%1 : impossible d&apos;écrire une copie pour l&apos;ouvrir : %2</translation>
    </message>
    <message>
        <source>No application could open %1</source>
        <translation>Aucune application n&apos;a pu ouvrir %1</translation>
    </message>
    <message>
        <source>Not refreshed</source>
        <translation>Non actualisé</translation>
    </message>
</context>
<context>
    <name>iamm::gui::FacilitationController</name>
    <message>
        <source>Not refreshed</source>
        <translation>Non actualisé</translation>
    </message>
</context>
<context>
    <name>iamm::gui::FrameworkLanguage</name>
    <message>
        <source>Official translation (%1) — the English text is authoritative</source>
        <translation>Traduction officielle (%1) — le texte anglais fait foi</translation>
    </message>
    <message>
        <source>Working translation — the English text is authoritative</source>
        <translation>Traduction de travail — le texte anglais fait foi</translation>
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
        <translation>Niveau %1</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
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
        <translation>Tous les éléments</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The peer groups are not available.</source>
        <translation>Les groupes de pairs ne sont pas disponibles.</translation>
    </message>
    <message>
        <source>Open an assessment to compare it with its peers.</source>
        <translation>Ouvrez une évaluation pour la comparer à ses pairs.</translation>
    </message>
    <message>
        <source>Choose a peer group.</source>
        <translation>Choisissez un groupe de pairs.</translation>
    </message>
    <message>
        <source>no file chosen</source>
        <translation>aucun fichier choisi</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non exporté</translation>
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
        <translation>Groupes de pairs non lus</translation>
    </message>
    <message>
        <source>the peer groups are not available</source>
        <translation>les groupes de pairs ne sont pas disponibles</translation>
    </message>
    <message>
        <source>Group not changed</source>
        <translation>Groupe non modifié</translation>
    </message>
</context>
<context>
    <name>iamm::gui::PreviousRoundController</name>
    <message>
        <source>Previous round not shown</source>
        <translation>Cycle précédent non affiché</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
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
        <translation>Non actualisé</translation>
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
        <translation>niveau %1</translation>
    </message>
    <message>
        <source>no view</source>
        <translation>aucun avis</translation>
    </message>
    <message>
        <source>a participant</source>
        <translation>un participant</translation>
    </message>
    <message>
        <source>no assessment is open</source>
        <translation>aucune évaluation n&apos;est ouverte</translation>
    </message>
    <message>
        <source>Worksheet not written</source>
        <translation>Fiche non écrite</translation>
    </message>
</context>
<context>
    <name>iamm::gui::RoundsTrendController</name>
    <message>
        <source>Rounds not shown</source>
        <translation>Cycles non affichés</translation>
    </message>
</context>
<context>
    <name>iamm::gui::SaveStatus</name>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
</context>
<context>
    <name>iamm::gui::TallyController</name>
    <message>
        <source>Views not saved</source>
        <translation>Avis non enregistrés</translation>
    </message>
</context>
<context>
    <name>iamm::gui::TallyModel</name>
    <message>
        <source>not applicable</source>
        <translation>non applicable</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>niveau %1</translation>
    </message>
    <message>
        <source>no view</source>
        <translation>aucun avis</translation>
    </message>
    <message>
        <source>%1, item %2: %3</source>
        <translation>%1, élément %2 : %3</translation>
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
        <translation>Équipe non lue</translation>
    </message>
</context>
<context>
    <name>iamm::gui::VotingController</name>
    <message>
        <source>This assessment is final: reopen it before collecting views.</source>
        <translation>Cette évaluation est définitive : rouvrez-la avant de recueillir des avis.</translation>
    </message>
    <message>
        <source>“%1” is not an address of this computer.</source>
        <translation>« %1 » n&apos;est pas une adresse de cet ordinateur.</translation>
    </message>
    <message>
        <source>The votes were not stored: %1</source>
        <translation>Les votes n&apos;ont pas été enregistrés : %1</translation>
    </message>
</context>
<context>
    <name>iamm::gui::Workshop</name>
    <message>
        <source>%1: the database is damaged (%2)</source>
        <translation>%1 : la base de données est endommagée (%2)</translation>
    </message>
    <message>
        <source>Peer groups not read</source>
        <translation>Groupes de pairs non lus</translation>
    </message>
    <message>
        <source>%1: not restored, the backup is unusable: %2</source>
        <translation>%1 : non restaurée, la sauvegarde est inutilisable : %2</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Non restaurée</translation>
    </message>
    <message>
        <source>no good backup in %1</source>
        <translation>aucune sauvegarde valide dans %1</translation>
    </message>
    <message>
        <source>“%1” (%2, %3)</source>
        <translation>« %1 » (%2, %3)</translation>
    </message>
    <message>
        <source>no files chosen</source>
        <translation>aucun fichier choisi</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importé</translation>
    </message>
    <message>
        <source>no assessment is open</source>
        <translation>aucune évaluation n&apos;est ouverte</translation>
    </message>
    <message>
        <source>Views not imported</source>
        <translation>Avis non importés</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountBadgeProxy</name>
    <message>
        <location filename="../../spacesgui/ui/models/account_badges.py"/>
        <source>The secret key for this account is not available (not saved, or the keyring is locked). Click to enter it.</source>
        <translation>Der geheime Schlüssel dieses Kontos ist nicht verfügbar (nicht gespeichert, oder der Schlüsselbund ist gesperrt). Klicken Sie, um ihn einzugeben.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/account_badges.py"/>
        <source>This account&apos;s settings cannot be used. Open Accounts to fix them.</source>
        <translation>Die Einstellungen dieses Kontos sind nicht verwendbar. Öffnen Sie „Konten“, um sie zu korrigieren.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/account_badges.py"/>
        <source>{value}  — needs key</source>
        <translation>{value}  — Schlüssel fehlt</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/account_badges.py"/>
        <source>{value}  · sample data</source>
        <translation>{value}  · Beispieldaten</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/account_badges.py"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
</context>
<context>
    <name>AccountEditor</name>
    <message>
        <location filename="../../spacesgui/ui/dialogs/account_editor.py"/>
        <source>Other S3-compatible server</source>
        <translation>Anderer S3-kompatibler Server</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/account_editor.py"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/account_editor.py"/>
        <source>Virtual-hosted (bucket.host)</source>
        <translation>Virtueller Host (bucket.host)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/account_editor.py"/>
        <source>Path-style (host/bucket)</source>
        <translation>Pfad-Stil (host/bucket)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/account_editor.py"/>
        <source>Signature version 4</source>
        <translation>Signaturversion 4</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/account_editor.py"/>
        <source>Signature version 2 (legacy)</source>
        <translation>Signaturversion 2 (veraltet)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/account_editor.py"/>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/account_editor.py"/>
        <source>Public (anyone with the link can read)</source>
        <translation>Öffentlich (jeder mit dem Link kann lesen)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/account_editor.py"/>
        <source>Edit “{name}”</source>
        <translation>„{name}“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/account_editor.py"/>
        <source>New Account</source>
        <translation>Neues Konto</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/account_editor.py"/>
        <source>&amp;General</source>
        <translation>All&amp;gemein</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/account_editor.py"/>
        <source>Co&amp;nnection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/account_editor.py"/>
        <source>Customer Keys</source>
        <translation>Kundenschlüssel</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/account_editor.py"/>
        <source>Uploads</source>
        <translation>Uploads</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/account_editor.py"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/account_editor.py"/>
        <source>&amp;Add Account</source>
        <translation>Konto &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/account_editor.py"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/account_editor.py"/>
        <source>e.g. Work photos</source>
        <translation>z. B. Arbeitsfotos</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/account_editor.py"/>
        <source>Custom endpoint…</source>
        <translation>Eigener Endpunkt…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/account_editor.py"/>
        <source>https://s3.example.com or http://host:port</source>
        <translation>https://s3.example.com oder http://host:port</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/account_editor.py"/>
        <source>e.g. us-east-1</source>
        <translation>z. B. us-east-1</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/account_editor.py"/>
        <source>Secret key</source>
        <translation>Geheimer Schlüssel</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/account_editor.py"/>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/account_editor.py"/>
        <source>Stored in the keyring — leave empty to keep it</source>
        <translation>Im Schlüsselbund gespeichert — leer lassen, um ihn zu behalten</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/account_editor.py"/>
        <source>Optional: bucket names, separated by commas</source>
        <translation>Optional: Bucket-Namen, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/account_editor.py"/>
        <source>&amp;Paste a link:</source>
        <translation>&amp;Link einfügen:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/account_editor.py"/>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/account_editor.py"/>
        <source>Pro&amp;vider:</source>
        <translation>An&amp;bieter:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/account_editor.py"/>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/account_editor.py"/>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpunkt:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/account_editor.py"/>
        <source>Signing reg&amp;ion:</source>
        <translation>Signatur-Reg&amp;ion:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/account_editor.py"/>
        <source>Access &amp;key ID:</source>
        <translation>&amp;Zugriffsschlüssel-ID:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/account_editor.py"/>
        <source>Secre&amp;t key:</source>
        <translation>Geheimer S&amp;chlüssel:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/account_editor.py"/>
        <source>Pinned &amp;buckets:</source>
        <translation>Angeheftete B&amp;uckets:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/account_editor.py"/>
        <source>For keys limited to some buckets: they open without listing.</source>
        <translation>Für Schlüssel, die auf einzelne Buckets beschränkt sind: Diese öffnen sich ohne Auflisten.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/account_editor.py"/>
        <source>Verif&amp;y the server&apos;s TLS certificate</source>
        <translation>TLS-Zertifikat des Servers &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/account_editor.py"/>
        <source>System certificates</source>
        <translation>Zertifikate des Systems</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/account_editor.py"/>
        <source>Br&amp;owse…</source>
        <translation>Durchsuche&amp;n…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/account_editor.py"/>
        <source>None, e.g. http://proxy.example:3128</source>
        <translation>Keiner, z. B. http://proxy.example:3128</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/account_editor.py"/>
        <source>A&amp;ddressing:</source>
        <translation>A&amp;dressierung:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/account_editor.py"/>
        <source>Signat&amp;ure:</source>
        <translation>Signat&amp;ur:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/account_editor.py"/>
        <source>CA bund&amp;le:</source>
        <translation>&amp;CA-Bündel:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/account_editor.py"/>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/account_editor.py"/>
        <source>Local sandbox</source>
        <translation>Lokale Sandbox</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/account_editor.py"/>
        <source>Another account is already called “{name}”.</source>
        <translation>Ein anderes Konto heißt bereits „{name}“.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/account_editor.py"/>
        <source>Enter the secret key that belongs to this access key.</source>
        <translation>Geben Sie den geheimen Schlüssel ein, der zu diesem Zugriffsschlüssel gehört.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/account_editor.py"/>
        <source>Wait until the keyring has answered about the customer key.</source>
        <translation>Warten Sie, bis der Schlüsselbund zum Kundenschlüssel geantwortet hat.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/account_editor.py"/>
        <source>region {region}</source>
        <translation>Region {region}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/account_editor.py"/>
        <source>endpoint {endpoint}</source>
        <translation>Endpunkt {endpoint}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/account_editor.py"/>
        <source>bucket {bucket}</source>
        <translation>Bucket {bucket}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/account_editor.py"/>
        <source>That link names no region or bucket.</source>
        <translation>Dieser Link nennt weder Region noch Bucket.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/account_editor.py"/>
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/account_editor.py"/>
        <source>Filled in {what}.</source>
        <translation>{what} eingetragen.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/account_editor.py"/>
        <source>Choose a CA Bundle</source>
        <translation>CA-Bündel wählen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/account_editor.py"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../spacesgui/ui/dialogs/accounts.py"/>
        <location filename="../../spacesgui/ui/dialogs/accounts.py"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/accounts.py"/>
        <source>Loading accounts…</source>
        <translation>Konten werden geladen…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/accounts.py"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/accounts.py"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/accounts.py"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/accounts.py"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/accounts.py"/>
        <source>Access key ID:</source>
        <translation>Zugriffsschlüssel-ID:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/accounts.py"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/accounts.py"/>
        <source>Secret key:</source>
        <translation>Geheimer Schlüssel:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/accounts.py"/>
        <source>Pinned buckets:</source>
        <translation>Angeheftete Buckets:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/accounts.py"/>
        <location filename="../../spacesgui/ui/dialogs/accounts.py"/>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/accounts.py"/>
        <source>C&amp;lose</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/accounts.py"/>
        <source>No account selected</source>
        <translation>Kein Konto ausgewählt</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/accounts.py"/>
        <source>Kept for this session only (no keyring)</source>
        <translation>Nur für diese Sitzung behalten (kein Schlüsselbund)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/accounts.py"/>
        <source>In the system keyring</source>
        <translation>Im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/accounts.py"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/accounts.py"/>
        <source>Loading the accounts</source>
        <translation>Laden der Konten</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/accounts.py"/>
        <source>Loading the Accounts Failed</source>
        <translation>Laden der Konten fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/accounts.py"/>
        <source>Accounts saved.</source>
        <translation>Konten gespeichert.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/accounts.py"/>
        <source>Saving the accounts</source>
        <translation>Speichern der Konten</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/accounts.py"/>
        <source>Saving the Secret Key Failed</source>
        <translation>Speichern des geheimen Schlüssels fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/accounts.py"/>
        <source> The keyring may still store it once it answers.</source>
        <translation> Der Schlüsselbund legt ihn vielleicht noch ab, sobald er antwortet.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/accounts.py"/>
        <source>Not saved: the secret key could not be stored.</source>
        <translation>Nicht gespeichert: Der geheime Schlüssel konnte nicht abgelegt werden.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/accounts.py"/>
        <source>Deleting the secret key</source>
        <translation>Löschen des geheimen Schlüssels</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/accounts.py"/>
        <source>S&amp;top Test</source>
        <translation>Test &amp;anhalten</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Add Spaces &amp;Account…</source>
        <translation>Spaces-&amp;Konto hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Connect to DigitalOcean Spaces or another S3 server</source>
        <translation>Mit DigitalOcean Spaces oder einem anderen S3-Server verbinden</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>&amp;Upload Files…</source>
        <translation>Dateien &amp;hochladen…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Upload files into this folder (or drop them on the window)</source>
        <translation>Dateien in diesen Ordner hochladen (oder auf das Fenster ziehen)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Upload F&amp;older…</source>
        <translation>&amp;Ordner hochladen…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Upload a whole folder into this folder</source>
        <translation>Einen ganzen Ordner in diesen Ordner hochladen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>&amp;Download…</source>
        <translation>&amp;Herunterladen…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Download the selection to a folder on this computer</source>
        <translation>Die Auswahl in einen Ordner auf diesem Computer herunterladen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>&amp;New Folder…</source>
        <translation>&amp;Neuer Ordner…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Create a folder here</source>
        <translation>Hier einen Ordner anlegen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Open the folder, or preview the file</source>
        <translation>Den Ordner öffnen oder die Datei in der Vorschau zeigen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>&amp;Share Link…</source>
        <translation>Link &amp;teilen…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Make a link to the file that works for a limited time</source>
        <translation>Einen Link zur Datei erstellen, der eine begrenzte Zeit funktioniert</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Copy &amp;Links…</source>
        <translation>&amp;Links kopieren…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Copy public, CDN or temporary links for the whole selection, as lines or CSV</source>
        <translation>Öffentliche, CDN- oder befristete Links für die ganze Auswahl kopieren, als Zeilen oder CSV</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Upload Lin&amp;k or Page…</source>
        <translation>Upload-Lin&amp;k oder -Seite…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>A link or a web page that lets someone without an account upload into this folder</source>
        <translation>Ein Link oder eine Webseite, mit der jemand ohne Konto in diesen Ordner hochladen kann</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>P&amp;roperties…</source>
        <translation>&amp;Eigenschaften…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Size, ETag, metadata, tags and permissions</source>
        <translation>Größe, ETag, Metadaten, Tags und Berechtigungen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Open Local &amp;Sandbox</source>
        <translation>Lokale &amp;Sandbox öffnen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Sample buckets on a server inside the app: try things without an account</source>
        <translation>Beispiel-Buckets auf einem Server in der App: ausprobieren ohne Konto</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Move the selection: cut, then paste</source>
        <translation>Die Auswahl verschieben: ausschneiden, dann einfügen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Copy the selection (server-side)</source>
        <translation>Die Auswahl kopieren (auf dem Server)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Paste into this folder</source>
        <translation>In diesen Ordner einfügen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Rename the file or folder</source>
        <translation>Die Datei oder den Ordner umbenennen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Delete the selection (asks first)</source>
        <translation>Die Auswahl löschen (mit Rückfrage)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>&amp;Filter This Folder</source>
        <translation>Diesen Ordner &amp;filtern</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Show only names containing the text</source>
        <translation>Nur Namen zeigen, die den Text enthalten</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>&amp;Search Below This Folder…</source>
        <translation>Unterhalb dieses Ordners &amp;suchen…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>List every key under this folder that starts with the text</source>
        <translation>Jeden Schlüssel unter diesem Ordner auflisten, der mit dem Text beginnt</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Pre&amp;ferences…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Transfers, bandwidth limits, downloads, deleting and the theme</source>
        <translation>Übertragungen, Bandbreitengrenzen, Downloads, Löschen und das Design</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Load this folder again</source>
        <translation>Diesen Ordner neu laden</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Show &amp;Versions</source>
        <translation>&amp;Versionen zeigen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Show every version and delete marker of the files in this folder</source>
        <translation>Jede Version und Löschmarkierung der Dateien in diesem Ordner zeigen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>&amp;Up</source>
        <translation>&amp;Hoch</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Go to the enclosing folder</source>
        <translation>Zum übergeordneten Ordner gehen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>&amp;Go to Location…</source>
        <translation>&amp;Gehe zu Ort…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Type or paste a path, s3:// address or Spaces link</source>
        <translation>Einen Pfad, eine s3://-Adresse oder einen Spaces-Link eingeben oder einfügen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>&amp;New Bucket…</source>
        <translation>&amp;Neuer Bucket…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Create a bucket in this account</source>
        <translation>Einen Bucket in diesem Konto anlegen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>&amp;Delete Bucket…</source>
        <translation>Bucket &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Delete an empty bucket</source>
        <translation>Einen leeren Bucket löschen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Bucket &amp;Settings…</source>
        <translation>Bucket-&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Overview, permissions, CORS, lifecycle, policy, versioning, website and logging</source>
        <translation>Übersicht, Berechtigungen, CORS, Lebenszyklus, Richtlinie, Versionierung, Website und Protokollierung</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>&amp;Incomplete Uploads…</source>
        <translation>&amp;Unvollständige Uploads…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>List, resume or abort the bucket&apos;s unfinished multipart uploads</source>
        <translation>Die unfertigen Multipart-Uploads des Buckets auflisten, fortsetzen oder abbrechen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>&amp;Retry Failed</source>
        <translation>Fehlgeschlagene &amp;wiederholen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>&amp;Clear Finished</source>
        <translation>Abgeschlossene &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>&amp;About spacesgui</source>
        <translation>Ü&amp;ber spacesgui</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>&amp;Bucket</source>
        <translation>B&amp;ucket</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>&amp;Transfers</source>
        <translation>Ü&amp;bertragungen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
</context>
<context>
    <name>AppPreferences</name>
    <message>
        <location filename="../../spacesgui/ui/app_preferences.py"/>
        <source>The preferences could not be saved: {0}.</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: {0}.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/app_preferences.py"/>
        <source>The old, damaged preferences file was kept as {0}.</source>
        <translation>Die alte, beschädigte Einstellungsdatei wurde als {0} aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>BucketSettingsDialog</name>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/dialog.py"/>
        <source>Settings of “{bucket}”</source>
        <translation>Einstellungen von „{bucket}“</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/dialog.py"/>
        <source>Loading…</source>
        <translation>Lädt…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/dialog.py"/>
        <source>Applying…</source>
        <translation>Wird angewendet…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/dialog.py"/>
        <source>The setting could not be read.</source>
        <translation>Die Einstellung konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/dialog.py"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/dialog.py"/>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/dialog.py"/>
        <source>Discard the changes to the settings of “{bucket}”?</source>
        <translation>Die Änderungen an den Einstellungen von „{bucket}“ verwerfen?</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/dialog.py"/>
        <source>Not applied yet: {titles}.</source>
        <translation>Noch nicht angewendet: {titles}.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/dialog.py"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
</context>
<context>
    <name>BucketTreeModel</name>
    <message>
        <location filename="../../spacesgui/ui/models/bucket_tree.py"/>
        <source>{name} (loading…)</source>
        <translation>{name} (lädt…)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/bucket_tree.py"/>
        <source>Loading…</source>
        <translation>Lädt…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/bucket_tree.py"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>BucketsNotListable</name>
    <message>
        <location filename="../../spacesgui/ui/models/bucket_tree.py"/>
        <source>This key may not list the account&apos;s buckets (keys limited to certain buckets cannot). Add the buckets it may use as pinned buckets in the account settings.</source>
        <translation>Dieser Schlüssel darf die Buckets des Kontos nicht auflisten (auf bestimmte Buckets beschränkte Schlüssel können das nicht). Tragen Sie die Buckets, die er verwenden darf, in den Kontoeinstellungen als angeheftete Buckets ein.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/bucket_tree.py"/>
        <source>Code: {code}</source>
        <translation>Code: {code}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/bucket_tree.py"/>
        <source> · Request ID: {request_id}</source>
        <translation> · Anfrage-ID: {request_id}</translation>
    </message>
</context>
<context>
    <name>BulkPropertiesDialog</name>
    <message>
        <location filename="../../spacesgui/ui/dialogs/bulk_properties.py"/>
        <source>Leave as each object has it</source>
        <translation>Bei jedem Objekt belassen, wie es ist</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/bulk_properties.py"/>
        <source>Private (only this account&apos;s keys)</source>
        <translation>Privat (nur die Schlüssel dieses Kontos)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/bulk_properties.py"/>
        <source>Public (anyone with the address can read)</source>
        <translation>Öffentlich (jeder mit der Adresse kann lesen)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/bulk_properties.py"/>
        <source>(kept as each object has it)</source>
        <translation>(bleibt bei jedem Objekt, wie es ist)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/bulk_properties.py"/>
        <source>(empty: removed from every object)</source>
        <translation>(leer: wird von jedem Objekt entfernt)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/bulk_properties.py"/>
        <source>1 file</source>
        <translation>1 Datei</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/bulk_properties.py"/>
        <source>{n} files</source>
        <translation>{n} Dateien</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/bulk_properties.py"/>
        <source>“{name}”</source>
        <translation>„{name}“</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/bulk_properties.py"/>
        <source>1 more folder</source>
        <translation>1 weiteren Ordner</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/bulk_properties.py"/>
        <source>{n} more folders</source>
        <translation>{n} weiteren Ordnern</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/bulk_properties.py"/>
        <source>{names} and {last}</source>
        <translation>{names} und {last}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/bulk_properties.py"/>
        <source>every object in {folders}</source>
        <translation>jedes Objekt in {folders}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/bulk_properties.py"/>
        <source>{folders}, and {files}</source>
        <translation>{folders} sowie {files}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/bulk_properties.py"/>
        <source>Add or set on every object:</source>
        <translation>Bei jedem Objekt hinzufügen oder setzen:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/dialogs/bulk_properties.py"/>
        <source>Properties — %n item(s)</source>
        <translation>
            <numerusform>Eigenschaften — %n Element</numerusform>
            <numerusform>Eigenschaften — %n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/bulk_properties.py"/>
        <source>Properties — {name}</source>
        <translation>Eigenschaften — {name}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/bulk_properties.py"/>
        <source>Changes apply to {targets} in {bucket}. Fields left alone keep each object&apos;s own value.</source>
        <translation>Die Änderungen gelten für {targets} in {bucket}. Unberührte Felder behalten den Wert des jeweiligen Objekts.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/bulk_properties.py"/>
        <source>&amp;Permissions</source>
        <translation>&amp;Berechtigungen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/bulk_properties.py"/>
        <source>H&amp;eaders</source>
        <translation>&amp;Header</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/bulk_properties.py"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/bulk_properties.py"/>
        <location filename="../../spacesgui/ui/dialogs/bulk_properties.py"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/bulk_properties.py"/>
        <source>&amp;Add metadata</source>
        <translation>Metadaten hinzu&amp;fügen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/bulk_properties.py"/>
        <source>e.g. owner, draft</source>
        <translation>z. B. owner, draft</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/bulk_properties.py"/>
        <source>Meta&amp;data to remove:</source>
        <translation>Zu entfernende Meta&amp;daten:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/bulk_properties.py"/>
        <source>&amp;Metadata</source>
        <translation>&amp;Metadaten</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/bulk_properties.py"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/bulk_properties.py"/>
        <source>Add ta&amp;g</source>
        <translation>Ta&amp;g hinzufügen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/bulk_properties.py"/>
        <source>e.g. temp, review</source>
        <translation>z. B. temp, review</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/bulk_properties.py"/>
        <source>Tags to remove:</source>
        <translation>Zu entfernende Tags:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/bulk_properties.py"/>
        <source>&amp;Tags</source>
        <translation>&amp;Tags</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/bulk_properties.py"/>
        <source>Apply to A&amp;ll</source>
        <translation>Auf a&amp;lle anwenden</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/bulk_properties.py"/>
        <source>A&amp;ccess:</source>
        <translation>&amp;Zugriff:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/bulk_properties.py"/>
        <source>Changing headers or metadata copies each object onto itself; its permissions are given back as they were unless you choose them here.</source>
        <translation>Das Ändern von Headern oder Metadaten kopiert jedes Objekt auf sich selbst; seine Berechtigungen werden danach wiederhergestellt, sofern Sie hier keine wählen.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/bulk_properties.py"/>
        <source>Set on every object (tick a header to change it; empty removes it)</source>
        <translation>Bei jedem Objekt setzen (Header ankreuzen, um ihn zu ändern; leer entfernt ihn)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/bulk_properties.py"/>
        <source>Content-Type cannot be empty (use application/octet-stream).</source>
        <translation>Content-Type darf nicht leer sein (application/octet-stream verwenden).</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/bulk_properties.py"/>
        <source>… and {n} more</source>
        <translation>… und {n} weitere</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/bulk_properties.py"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/bulk_properties.py"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/bulk_properties.py"/>
        <source>Already as asked</source>
        <translation>Bereits wie gewünscht</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/bulk_properties.py"/>
        <source>Cancelled: the objects not listed were not changed.</source>
        <translation>Abgebrochen: Die nicht aufgeführten Objekte wurden nicht geändert.</translation>
    </message>
</context>
<context>
    <name>BulkReportDialog</name>
    <message>
        <location filename="../../spacesgui/ui/dialogs/bulk_properties.py"/>
        <source>Properties — {name}</source>
        <translation>Eigenschaften — {name}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/bulk_properties.py"/>
        <source>{outcome} {changed} changed, {unchanged} already as asked, {failed} failed.</source>
        <translation>{outcome} {changed} geändert, {unchanged} bereits wie gewünscht, {failed} fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>ChangePreview</name>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/base.py"/>
        <source>(the setting is removed)</source>
        <translation>(die Einstellung wird entfernt)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/base.py"/>
        <source>Delete Setting</source>
        <translation>Einstellung löschen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/base.py"/>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
</context>
<context>
    <name>ConfigProblemDialog</name>
    <message>
        <location filename="../../spacesgui/ui/dialogs/config_problem.py"/>
        <source>Accounts Cannot Be Loaded</source>
        <translation>Konten können nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/config_problem.py"/>
        <location filename="../../spacesgui/ui/dialogs/config_problem.py"/>
        <source>File: {path}</source>
        <translation>Datei: {path}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/config_problem.py"/>
        <source>Your accounts are not shown until the file can be read. You can fix it by hand and restart, or start with a fresh file: the current one is kept beside it.</source>
        <translation>Ihre Konten werden erst angezeigt, wenn die Datei gelesen werden kann. Sie können sie von Hand korrigieren und neu starten oder mit einer neuen Datei beginnen: Die aktuelle wird daneben aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/config_problem.py"/>
        <source>&amp;Open Folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/config_problem.py"/>
        <source>&amp;Start Fresh</source>
        <translation>&amp;Neu beginnen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/config_problem.py"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/config_problem.py"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/config_problem.py"/>
        <source>The folder could not be opened. It is {folder}</source>
        <translation>Der Ordner konnte nicht geöffnet werden. Er liegt unter {folder}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/config_problem.py"/>
        <source>The old file was kept as {kept}.</source>
        <translation>Die alte Datei wurde als {kept} aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/config_problem.py"/>
        <source>There was no old file to keep.</source>
        <translation>Es gab keine alte Datei zum Aufbewahren.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/config_problem.py"/>
        <source>Started with an empty list of accounts. {kept}</source>
        <translation>Mit einer leeren Kontenliste gestartet. {kept}</translation>
    </message>
</context>
<context>
    <name>ConflictCheck</name>
    <message>
        <location filename="../../spacesgui/ui/window/conflict_check.py"/>
        <source>Transfer</source>
        <translation>Übertragung</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/conflict_check.py"/>
        <source>Check for Existing Items</source>
        <translation>Auf vorhandene Elemente prüfen</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../spacesgui/ui/dialogs/conflicts.py"/>
        <source>Replace Existing Items?</source>
        <translation>Vorhandene Elemente ersetzen?</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/conflicts.py"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/conflicts.py"/>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/conflicts.py"/>
        <source>Modified:</source>
        <translation>Geändert:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/conflicts.py"/>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/conflicts.py"/>
        <source>&amp;Keep Both</source>
        <translation>&amp;Beide behalten</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/conflicts.py"/>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/conflicts.py"/>
        <source>&amp;Skip</source>
        <translation>Übersprin&amp;gen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/conflicts.py"/>
        <source>Skip &amp;Identical</source>
        <translation>&amp;Identische überspringen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/conflicts.py"/>
        <source>Conflict {number} of {total}</source>
        <translation>Konflikt {number} von {total}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/conflicts.py"/>
        <source>An upload of “{name}” was interrupted.</source>
        <translation>Ein Upload von „{name}“ wurde unterbrochen.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/conflicts.py"/>
        <source>A download of “{name}” was interrupted.</source>
        <translation>Ein Download von „{name}“ wurde unterbrochen.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/conflicts.py"/>
        <source>“{name}” already exists here.</source>
        <translation>„{name}“ ist hier bereits vorhanden.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/conflicts.py"/>
        <source>Keep Both saves the new one as “{name}”.</source>
        <translation>„Beide behalten“ speichert das neue Element als „{name}“.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/dialogs/conflicts.py"/>
        <source>Skip the %n item(s) with the same size and checksum on both sides</source>
        <translation>
            <numerusform>Das %n Element mit gleicher Größe und Prüfsumme auf beiden Seiten überspringen</numerusform>
            <numerusform>Die %n Elemente mit gleicher Größe und Prüfsumme auf beiden Seiten überspringen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/conflicts.py"/>
        <source>&amp;Apply to all ({count} more)</source>
        <translation>Für &amp;alle übernehmen ({count} weitere)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/conflicts.py"/>
        <source>Copying</source>
        <translation>Wird kopiert</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/conflicts.py"/>
        <source>Uploading</source>
        <translation>Wird hochgeladen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/conflicts.py"/>
        <source>Downloading</source>
        <translation>Wird heruntergeladen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/conflicts.py"/>
        <source>Already there</source>
        <translation>Bereits vorhanden</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/conflicts.py"/>
        <source>Partly transferred</source>
        <translation>Teilweise übertragen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/conflicts.py"/>
        <source>Both have the same size and checksum: they are identical.</source>
        <translation>Beide haben dieselbe Größe und Prüfsumme: Sie sind identisch.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/conflicts.py"/>
        <source>Resume continues the interrupted transfer; Replace starts it again.</source>
        <translation>„Fortsetzen“ setzt die unterbrochene Übertragung fort; „Ersetzen“ beginnt sie neu.</translation>
    </message>
</context>
<context>
    <name>ConnectionStepsView</name>
    <message>
        <location filename="../../spacesgui/ui/dialogs/connection_steps.py"/>
        <source>Connection test steps</source>
        <translation>Schritte des Verbindungstests</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/connection_steps.py"/>
        <source>Not tested yet.</source>
        <translation>Noch nicht getestet.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/connection_steps.py"/>
        <source>The connection does not work: “{title}” failed.</source>
        <translation>Die Verbindung funktioniert nicht: „{title}“ ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/connection_steps.py"/>
        <source>The connection works.</source>
        <translation>Die Verbindung funktioniert.</translation>
    </message>
</context>
<context>
    <name>CopyLinksDialog</name>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/dialogs/copy_links.py"/>
        <source>Copy Links for %n Item(s)</source>
        <translation>
            <numerusform>Links für %n Element kopieren</numerusform>
            <numerusform>Links für %n Elemente kopieren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/copy_links.py"/>
        <source>CDN-&amp;compatible (signed for the origin, sent to the CDN)</source>
        <translation>CDN-&amp;kompatibel (für den Ursprung signiert, an das CDN gesendet)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/copy_links.py"/>
        <source>One link per line</source>
        <translation>Ein Link pro Zeile</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/copy_links.py"/>
        <source>CSV: name, size, link</source>
        <translation>CSV: Name, Größe, Link</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/copy_links.py"/>
        <source>C&amp;opy</source>
        <translation>K&amp;opieren</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/copy_links.py"/>
        <source>&amp;Links:</source>
        <translation>&amp;Links:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/copy_links.py"/>
        <source>&amp;Valid for:</source>
        <translation>&amp;Gültig für:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/copy_links.py"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/copy_links.py"/>
        <source>Temporary links (work for anyone until they expire)</source>
        <translation>Befristete Links (funktionieren für jeden, bis sie ablaufen)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/copy_links.py"/>
        <source>Public addresses (work while the files are public)</source>
        <translation>Öffentliche Adressen (funktionieren, solange die Dateien öffentlich sind)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/copy_links.py"/>
        <source>CDN addresses (public files, CDN enabled)</source>
        <translation>CDN-Adressen (öffentliche Dateien, CDN aktiviert)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/copy_links.py"/>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/copy_links.py"/>
        <source>The folders could not be listed: {0}</source>
        <translation>Die Ordner konnten nicht aufgelistet werden: {0}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/copy_links.py"/>
        <source>Listing the folders…</source>
        <translation>Ordner werden aufgelistet…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/copy_links.py"/>
        <source>There are no files here to link to.</source>
        <translation>Hier gibt es keine Dateien zum Verlinken.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/dialogs/copy_links.py"/>
        <source>%n link(s), valid until {until}.</source>
        <translation>
            <numerusform>%n Link, gültig bis {until}.</numerusform>
            <numerusform>%n Links, gültig bis {until}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/dialogs/copy_links.py"/>
        <source>%n address(es).</source>
        <translation>
            <numerusform>%n Adresse.</numerusform>
            <numerusform>%n Adressen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/copy_links.py"/>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>CorsPage</name>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>One value per line or separated by commas.</source>
        <translation>Ein Wert pro Zeile oder durch Kommas getrennt.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>Which other web sites may call this bucket from a browser. The server answers a preflight with the first rule that matches, so order matters. Removing every rule deletes the CORS configuration.</source>
        <translation>Welche anderen Websites diesen Bucket aus einem Browser aufrufen dürfen. Der Server beantwortet einen Preflight mit der ersten passenden Regel, die Reihenfolge zählt also. Werden alle Regeln entfernt, wird die CORS-Konfiguration gelöscht.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>Test a preflight</source>
        <translation>Einen Preflight testen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>Sends the OPTIONS request a browser would, without credentials. The server answers from the rules it holds: apply edits before testing them.</source>
        <translation>Sendet die OPTIONS-Anfrage, die ein Browser senden würde, ohne Anmeldedaten. Der Server antwortet nach den Regeln, die er hält: Wenden Sie Änderungen vor dem Testen an.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>&amp;Origin:</source>
        <translation>&amp;Ursprung:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>M&amp;ethod:</source>
        <translation>M&amp;ethode:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>content-type, x-amz-meta-tag (optional)</source>
        <translation>content-type, x-amz-meta-tag (optional)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>Request &amp;headers:</source>
        <translation>Anfrage-&amp;Header:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>(the bucket itself)</source>
        <translation>(der Bucket selbst)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>&amp;Send Preflight</source>
        <translation>Preflight &amp;senden</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>The server&apos;s answer appears here.</source>
        <translation>Die Antwort des Servers erscheint hier.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>Type the origin a browser would send, such as https://app.example.com.</source>
        <translation>Geben Sie den Ursprung ein, den ein Browser senden würde, etwa https://app.example.com.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>Asking whether {origin} may {method}…</source>
        <translation>Frage, ob {origin} {method} darf…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>No answer: </source>
        <translation>Keine Antwort: </translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>No CORS rules: browsers on other sites may not call this bucket.</source>
        <translation>Keine CORS-Regeln: Browser auf anderen Websites dürfen diesen Bucket nicht aufrufen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>%n CORS rule(s), as the server holds them now.</source>
        <translation>
            <numerusform>%n CORS-Regel, wie der Server sie jetzt hält.</numerusform>
            <numerusform>%n CORS-Regeln, wie der Server sie jetzt hält.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerKeysPanel</name>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>Fingerprint (MD5)</source>
        <translation>Fingerabdruck (MD5)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>Uploads</source>
        <translation>Uploads</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>Customer keys</source>
        <translation>Kundenschlüssel</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>Generate…</source>
        <translation>Erzeugen…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>Use &amp;for Uploads</source>
        <translation>&amp;Für Uploads verwenden</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>New uploads of this account are encrypted with this key</source>
        <translation>Neue Uploads dieses Kontos werden mit diesem Schlüssel verschlüsselt</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>The keyring cannot be reached here, so keys cannot be changed.</source>
        <translation>Der Schlüsselbund ist hier nicht erreichbar, daher können Schlüssel nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>No De&amp;fault for Uploads</source>
        <translation>Kein &amp;Standard für Uploads</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>Key {n}</source>
        <translation>Schlüssel {n}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>Generate Customer Key</source>
        <translation>Kundenschlüssel erzeugen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>Name of the new key:</source>
        <translation>Name des neuen Schlüssels:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>Generated</source>
        <translation>erzeugt</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>Imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>Storing “{name}” in the keyring…</source>
        <translation>„{name}“ wird im Schlüsselbund abgelegt…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>{verb} “{name}”. Export a copy and keep it safe: without the key, its files cannot be read.</source>
        <translation>„{name}“ {verb}. Exportieren Sie eine Kopie und bewahren Sie sie sicher auf: Ohne den Schlüssel können seine Dateien nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>The key “{name}” was not stored: {why} Customer keys are kept only in the keyring.</source>
        <translation>Der Schlüssel „{name}“ wurde nicht abgelegt: {why} Kundenschlüssel werden nur im Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>The key “{name}” is on the clipboard.</source>
        <translation>Der Schlüssel „{name}“ ist in der Zwischenablage.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>The key was not exported: {error}</source>
        <translation>Der Schlüssel wurde nicht exportiert: {error}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>Delete Customer Key</source>
        <translation>Kundenschlüssel löschen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>Delete the key “{name}”?</source>
        <translation>Den Schlüssel „{name}“ löschen?</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>Files encrypted with it can never be read again, unless you exported a copy of the key. It leaves the keyring when you save the account.</source>
        <translation>Damit verschlüsselte Dateien können nie wieder gelesen werden, außer Sie haben eine Kopie des Schlüssels exportiert. Er wird aus dem Schlüsselbund entfernt, wenn Sie das Konto speichern.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>&amp;Delete Key</source>
        <translation>Schlüssel &amp;löschen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>Deleted “{name}”.</source>
        <translation>„{name}“ gelöscht.</translation>
    </message>
</context>
<context>
    <name>ExpiryPicker</name>
    <message>
        <location filename="../../spacesgui/ui/dialogs/expiry.py"/>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/expiry.py"/>
        <source>6 hours</source>
        <translation>6 Stunden</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/expiry.py"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/expiry.py"/>
        <source>3 days</source>
        <translation>3 Tage</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/expiry.py"/>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/expiry.py"/>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/expiry.py"/>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/expiry.py"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/expiry.py"/>
        <source>Custom…</source>
        <translation>Eigene…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/expiry.py"/>
        <source>Custom expiry amount</source>
        <translation>Eigene Ablaufzeit: Anzahl</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/expiry.py"/>
        <source>Custom expiry unit</source>
        <translation>Eigene Ablaufzeit: Einheit</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/expiry.py"/>
        <source>A link can last at most 7 days: signature version 4 links stop working after a week. Choose a shorter time.</source>
        <translation>Ein Link gilt höchstens 7 Tage: Links mit Signaturversion 4 funktionieren nach einer Woche nicht mehr. Wählen Sie eine kürzere Zeit.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/expiry.py"/>
        <source>A link can last at most ten years.</source>
        <translation>Ein Link gilt höchstens zehn Jahre.</translation>
    </message>
</context>
<context>
    <name>ExpiryPreviewBox</name>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle_preview.py"/>
        <source>Preview counts what the selected rule, as edited, would expire today.</source>
        <translation>Die Vorschau zählt, was die ausgewählte Regel in ihrer bearbeiteten Form heute ablaufen lassen würde.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle_preview.py"/>
        <source>Pre&amp;view Expiry</source>
        <translation>Ablauf in der &amp;Vorschau zeigen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle_preview.py"/>
        <source>Count the objects under the selected rule&apos;s prefix that are already due to expire (current versions only)</source>
        <translation>Die Objekte unter dem Präfix der ausgewählten Regel zählen, die bereits ablaufen müssten (nur aktuelle Versionen)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle_preview.py"/>
        <source>Cance&amp;l Preview</source>
        <translation>Vorschau abbrec&amp;hen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle_preview.py"/>
        <source>The preview could not start: {error}</source>
        <translation>Die Vorschau konnte nicht starten: {error}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle_preview.py"/>
        <source>Preview cancelled after looking at {seen}.</source>
        <translation>Vorschau abgebrochen nach {seen}.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle_preview.py"/>
        <source>Looked at {seen} so far; {due} due…</source>
        <translation>Bisher {seen} angesehen; {due} fällig…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle_preview.py"/>
        <source>The preview failed: {error}</source>
        <translation>Die Vorschau ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle_preview.py"/>
        <source> (the rule is disabled: judged as if it were enabled)</source>
        <translation> (die Regel ist deaktiviert: beurteilt, als wäre sie aktiviert)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle_preview.py"/>
        <source>Listing the objects of {name}{note}…</source>
        <translation>Objekte von {name}{note} werden aufgelistet…</translation>
    </message>
</context>
<context>
    <name>GrantsModel</name>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/permissions.py"/>
        <source>always kept (the owner)</source>
        <translation>immer behalten (der Eigentümer)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/permissions.py"/>
        <source>set by the choice above</source>
        <translation>durch die Auswahl oben festgelegt</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/permissions.py"/>
        <source>kept as is</source>
        <translation>unverändert behalten</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/permissions.py"/>
        <source>Grantee</source>
        <translation>Berechtigter</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/permissions.py"/>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/permissions.py"/>
        <source>On Apply</source>
        <translation>Beim Anwenden</translation>
    </message>
</context>
<context>
    <name>ImportAccountsDialog</name>
    <message>
        <location filename="../../spacesgui/ui/dialogs/import_accounts.py"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/import_accounts.py"/>
        <source>Found in</source>
        <translation>Gefunden in</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/import_accounts.py"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/import_accounts.py"/>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/import_accounts.py"/>
        <source>Import Accounts</source>
        <translation>Konten importieren</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/import_accounts.py"/>
        <source>Accounts found in the settings of s3cmd, rclone and the AWS CLI. Tick the ones to add; their secret keys go straight into the system keyring.</source>
        <translation>In den Einstellungen von s3cmd, rclone und der AWS CLI gefundene Konten. Haken Sie die an, die hinzugefügt werden sollen; ihre geheimen Schlüssel kommen direkt in den Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/import_accounts.py"/>
        <source>Accounts found</source>
        <translation>Gefundene Konten</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/import_accounts.py"/>
        <source>Looking for s3cmd, rclone and AWS CLI settings…</source>
        <translation>Suche nach Einstellungen von s3cmd, rclone und der AWS CLI…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/import_accounts.py"/>
        <source>&amp;Import Selected</source>
        <translation>Ausgewählte &amp;importieren</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/import_accounts.py"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/import_accounts.py"/>
        <source>Already added</source>
        <translation>Bereits hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/dialogs/import_accounts.py"/>
        <source>Found %n account(s).</source>
        <translation>
            <numerusform>%n Konto gefunden.</numerusform>
            <numerusform>%n Konten gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/import_accounts.py"/>
        <source>No s3cmd, rclone or AWS CLI accounts were found in your home folder.</source>
        <translation>In Ihrem Benutzerordner wurden keine Konten von s3cmd, rclone oder der AWS CLI gefunden.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/import_accounts.py"/>
        <source>Could not look for accounts. {error}</source>
        <translation>Konten konnten nicht gesucht werden. {error}</translation>
    </message>
</context>
<context>
    <name>ImportKeyDialog</name>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>Import Customer Key</source>
        <translation>Kundenschlüssel importieren</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>Customer key</source>
        <translation>Kundenschlüssel</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>The 256-bit key as base64 (44 characters)</source>
        <translation>Der 256-Bit-Schlüssel als Base64 (44 Zeichen)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
</context>
<context>
    <name>IncompleteUploadsModel</name>
    <message>
        <location filename="../../spacesgui/ui/models/incomplete_uploads.py"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/incomplete_uploads.py"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/incomplete_uploads.py"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/incomplete_uploads.py"/>
        <source>Parts</source>
        <translation>Teile</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/incomplete_uploads.py"/>
        <source>Uploaded</source>
        <translation>Hochgeladen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/incomplete_uploads.py"/>
        <source>Resumable</source>
        <translation>Fortsetzbar</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/incomplete_uploads.py"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/incomplete_uploads.py"/>
        <source>Started by this app from {path}</source>
        <translation>Von dieser App begonnen, aus {path}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/incomplete_uploads.py"/>
        <source>{key}
Upload ID: {upload_id}</source>
        <translation>{key}
Upload-ID: {upload_id}</translation>
    </message>
</context>
<context>
    <name>IncompleteUploadsWindow</name>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>Incomplete Uploads in “{bucket}”</source>
        <translation>Unvollständige Uploads in „{bucket}“</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>Continue the selected uploads this app started, in the transfer queue</source>
        <translation>Die ausgewählten, von dieser App begonnenen Uploads in der Übertragungsliste fortsetzen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>Abort Selected…</source>
        <translation>Ausgewählte abbrechen…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>Abort Older…</source>
        <translation>Ältere abbrechen…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>Abort all started more than</source>
        <translation>Alle abbrechen, deren Start länger zurückliegt als</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>ago:</source>
        <translation>:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>Clean up automatically</source>
        <translation>Automatisch aufräumen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>Add Lifecycle Rule</source>
        <translation>Lebenszyklus-Regel hinzufügen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>Open Bucket Settings</source>
        <translation>Bucket-Einstellungen öffnen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>Abort every incomplete upload of this bucket</source>
        <translation>Jeden unvollständigen Upload dieses Buckets abbrechen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>after it started</source>
        <translation>nach dem Start</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>Listing incomplete uploads…</source>
        <translation>Unvollständige Uploads werden aufgelistet…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>No incomplete uploads in this bucket.</source>
        <translation>Keine unvollständigen Uploads in diesem Bucket.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>%n incomplete upload(s)</source>
        <translation>
            <numerusform>%n unvollständiger Upload</numerusform>
            <numerusform>%n unvollständige Uploads</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>, {size} in their parts</source>
        <translation>, {size} in ihren Teilen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>%n upload(s) put back in the transfer queue.</source>
        <translation>
            <numerusform>%n Upload wieder in die Übertragungsliste gestellt.</numerusform>
            <numerusform>%n Uploads wieder in die Übertragungsliste gestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>No upload started more than %n day(s) ago.</source>
        <translation>
            <numerusform>Kein Upload wurde vor mehr als %n Tag begonnen.</numerusform>
            <numerusform>Kein Upload wurde vor mehr als %n Tagen begonnen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>Abort %n incomplete upload(s)?</source>
        <translation>
            <numerusform>%n unvollständigen Upload abbrechen?</numerusform>
            <numerusform>%n unvollständige Uploads abbrechen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>… and {count} more</source>
        <translation>… und {count} weitere</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>Aborted %n upload(s).</source>
        <translation>
            <numerusform>%n Upload abgebrochen.</numerusform>
            <numerusform>%n Uploads abgebrochen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>Not changed: {reason} Edit the rules on the Lifecycle page of the bucket settings instead.</source>
        <translation>Nicht geändert: {reason} Bearbeiten Sie die Regeln stattdessen auf der Seite „Lebenszyklus“ der Bucket-Einstellungen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>Added: the bucket now aborts incomplete uploads %n day(s) after they start. Its other rules are unchanged.</source>
        <translation>
            <numerusform>Hinzugefügt: Der Bucket bricht unvollständige Uploads jetzt %n Tag nach ihrem Start ab. Seine anderen Regeln sind unverändert.</numerusform>
            <numerusform>Hinzugefügt: Der Bucket bricht unvollständige Uploads jetzt %n Tage nach ihrem Start ab. Seine anderen Regeln sind unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>Abort the upload of “{key}”?</source>
        <translation>Den Upload von „{key}“ abbrechen?</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>{note} Aborting deletes the parts uploaded so far.</source>
        <translation>{note} Abbrechen löscht die bisher hochgeladenen Teile.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>

The parts uploaded so far are deleted; an aborted upload cannot be resumed. This cannot be undone.</source>
        <translation>

Die bisher hochgeladenen Teile werden gelöscht; ein abgebrochener Upload kann nicht fortgesetzt werden. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>Abort Uploads</source>
        <translation>Uploads abbrechen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>Abort</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>Aborting in the transfer queue, which goes on with it if this window is closed.</source>
        <translation>Wird in der Übertragungsliste abgebrochen, die damit weitermacht, wenn dieses Fenster geschlossen wird.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>Paused in the transfer queue: %v of {0} aborted</source>
        <translation>In der Übertragungsliste angehalten: %v von {0} abgebrochen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>Aborting: %v of {0}</source>
        <translation>Wird abgebrochen: %v von {0}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>Abort cancelled. The list shows the uploads that are left.</source>
        <translation>Abbruch gestoppt. Die Liste zeigt die verbliebenen Uploads.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>Stopping after the upload being aborted…</source>
        <translation>Halte nach dem Upload an, der gerade abgebrochen wird…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>Reading the bucket’s lifecycle rules…</source>
        <translation>Lebenszyklus-Regeln des Buckets werden gelesen…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source> (Spaces would purge them after {SPACES_PURGE_DAYS} days anyway.)</source>
        <translation> (Spaces würde sie ohnehin nach {SPACES_PURGE_DAYS} Tagen löschen.)</translation>
    </message>
</context>
<context>
    <name>LifecyclePage</name>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>Keep them</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>Expire after a number of days</source>
        <translation>Nach einer Anzahl Tage ablaufen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>Expire on a date</source>
        <translation>An einem Datum ablaufen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>Spaces runs expirations and removes unfinished multipart uploads, for objects under a prefix; it has no tag filters and no other storage classes. Rules run once a day: an object expires at the first midnight UTC after it is old enough.</source>
        <translation>Spaces führt Abläufe aus und entfernt unfertige Multipart-Uploads für Objekte unter einem Präfix; es kennt keine Tag-Filter und keine anderen Speicherklassen. Regeln laufen einmal am Tag: Ein Objekt läuft um die erste Mitternacht UTC ab, nachdem es alt genug ist.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>Selected rule</source>
        <translation>Ausgewählte Regel</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>Remove All Rule&amp;s</source>
        <translation>Alle Regeln ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>Empty the table; Apply then deletes the bucket&apos;s lifecycle configuration</source>
        <translation>Die Tabelle leeren; „Anwenden“ löscht dann die Lebenszyklus-Konfiguration des Buckets</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>Lifecycle rules</source>
        <translation>Lebenszyklus-Regeln</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>&amp;Add Rule</source>
        <translation>Regel &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>(optional; the server may name it)</source>
        <translation>(optional; der Server kann sie benennen)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>(blank: every object in the bucket)</source>
        <translation>(leer: jedes Objekt im Bucket)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>Pre&amp;fix:</source>
        <translation>Prä&amp;fix:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>&amp;Enabled</source>
        <translation>&amp;Aktiviert</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>Days until current versions expire</source>
        <translation>Tage, bis aktuelle Versionen ablaufen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>days after they were written</source>
        <translation>Tage nach dem Schreiben</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>Date current versions expire on</source>
        <translation>Datum, an dem aktuelle Versionen ablaufen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>at 00:00 UTC</source>
        <translation>um 00:00 UTC</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>&amp;Current versions:</source>
        <translation>Aktuelle &amp;Versionen:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>Remove expired delete &amp;markers (delete markers with no older version left)</source>
        <translation>Abgelaufene Lösch&amp;markierungen entfernen (ohne ältere Version)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>Delete markers:</source>
        <translation>Löschmarkierungen:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>Days until noncurrent versions expire</source>
        <translation>Tage, bis nicht aktuelle Versionen ablaufen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>&amp;Noncurrent versions:</source>
        <translation>&amp;Nicht aktuelle Versionen:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>days after they became noncurrent</source>
        <translation>Tage, nachdem sie nicht mehr aktuell sind</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>Days until unfinished multipart uploads are removed</source>
        <translation>Tage, bis unfertige Multipart-Uploads entfernt werden</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>Unfinished upl&amp;oads:</source>
        <translation>Unfertige Upl&amp;oads:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>days after they started</source>
        <translation>Tage nach ihrem Start</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>As the server holds it now. It cannot be edited here; the reason is below.</source>
        <translation>Wie der Server sie jetzt hält. Sie kann hier nicht bearbeitet werden; der Grund steht unten.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>The bucket has no lifecycle rules: nothing expires automatically.</source>
        <translation>Der Bucket hat keine Lebenszyklus-Regeln: Nichts läuft automatisch ab.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>As the server holds it now, in the legacy form (a prefix in each rule), which is kept when saving.</source>
        <translation>Wie der Server sie jetzt hält, in der alten Form (ein Präfix in jeder Regel), die beim Speichern erhalten bleibt.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>In {row}: {message}</source>
        <translation>In {row}: {message}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>Selected rule (none: add a rule to edit it)</source>
        <translation>Ausgewählte Regel (keine: fügen Sie eine Regel hinzu, um sie zu bearbeiten)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>{rule} filters by object tags, which a listing does not show, so it cannot be previewed.</source>
        <translation>{rule} filtert nach Objekt-Tags, die eine Auflistung nicht zeigt, daher ist keine Vorschau möglich.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>{rule} expires no current versions, so there is nothing to count: the preview counts current versions only, not noncurrent versions, delete markers or unfinished uploads.</source>
        <translation>{rule} lässt keine aktuellen Versionen ablaufen, es gibt also nichts zu zählen: Die Vorschau zählt nur aktuelle Versionen, keine nicht aktuellen Versionen, Löschmarkierungen oder unfertigen Uploads.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>Fix the days of {name} first.</source>
        <translation>Korrigieren Sie zuerst die Tage von {name}.</translation>
    </message>
</context>
<context>
    <name>LifecycleRulesModel</name>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle_table.py"/>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle_table.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle_table.py"/>
        <source>What it does</source>
        <translation>Was sie tut</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle_table.py"/>
        <source>has problems: </source>
        <translation>hat Probleme: </translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle_table.py"/>
        <source>(no ID)</source>
        <translation>(keine ID)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle_table.py"/>
        <source>(whole bucket)</source>
        <translation>(ganzer Bucket)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle_table.py"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle_table.py"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
</context>
<context>
    <name>LoggingPage</name>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/access_logging.py"/>
        <source>The server writes a log of the requests made to this bucket into the target bucket, as objects whose names start with the prefix. The target must be another bucket of the same account; logs arrive with a delay of hours.</source>
        <translation>Der Server schreibt ein Protokoll der Anfragen an diesen Bucket in den Ziel-Bucket, als Objekte, deren Namen mit dem Präfix beginnen. Das Ziel muss ein anderer Bucket desselben Kontos sein; Protokolle treffen mit einigen Stunden Verzögerung ein.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/access_logging.py"/>
        <source>&amp;Write access logs for this bucket</source>
        <translation>Zugriffsprotokolle für diesen Bucket &amp;schreiben</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/access_logging.py"/>
        <source>Turn &amp;Off Logging…</source>
        <translation>Protokollierung &amp;ausschalten…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/access_logging.py"/>
        <source>Stop writing access logs (shows the change first)</source>
        <translation>Keine Zugriffsprotokolle mehr schreiben (zeigt die Änderung vorher)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/access_logging.py"/>
        <source>Target bucket</source>
        <translation>Ziel-Bucket</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/access_logging.py"/>
        <source>Listing the account&apos;s buckets…</source>
        <translation>Buckets des Kontos werden aufgelistet…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/access_logging.py"/>
        <source>&amp;Target bucket:</source>
        <translation>&amp;Ziel-Bucket:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/access_logging.py"/>
        <source>(blank: log objects at the top of the target)</source>
        <translation>(leer: Protokollobjekte oben im Ziel ablegen)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/access_logging.py"/>
        <source>Log &amp;prefix:</source>
        <translation>Protokoll-&amp;Präfix:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/access_logging.py"/>
        <source>Access logging is off.</source>
        <translation>Zugriffsprotokollierung ist aus.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/access_logging.py"/>
        <source>Access logs go to “{target_bucket}”</source>
        <translation>Zugriffsprotokolle gehen an „{target_bucket}“</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/access_logging.py"/>
        <source> under “{target_prefix}”.</source>
        <translation> unter „{target_prefix}“.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/access_logging.py"/>
        <source>{reason}
Reading the setting works, but the server refused to change it; nothing was changed.</source>
        <translation>{reason}
Das Lesen der Einstellung funktioniert, aber der Server hat die Änderung abgelehnt; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/access_logging.py"/>
        <source>The account&apos;s other buckets are listed; a name can also be typed.</source>
        <translation>Die anderen Buckets des Kontos sind aufgelistet; ein Name kann auch eingetippt werden.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/access_logging.py"/>
        <source>The account has no other bucket to log into: create one first.</source>
        <translation>Das Konto hat keinen anderen Bucket für die Protokolle: Legen Sie zuerst einen an.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/access_logging.py"/>
        <source>The account&apos;s buckets could not be listed; type the target bucket&apos;s name. ({error})</source>
        <translation>Die Buckets des Kontos konnten nicht aufgelistet werden; geben Sie den Namen des Ziel-Buckets ein. ({error})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../spacesgui/ui/window/main_window.py"/>
        <source>Filter this folder</source>
        <translation>Ordner filtern</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/main_window.py"/>
        <source>{place} — spacesgui</source>
        <translation>{place} — spacesgui</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/main_window.py"/>
        <source>Listing</source>
        <translation>Auflisten</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/main_window.py"/>
        <source>Local sandbox</source>
        <translation>Lokale Sandbox</translation>
    </message>
</context>
<context>
    <name>NewBucketDialog</name>
    <message>
        <location filename="../../spacesgui/ui/dialogs/new_bucket.py"/>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/new_bucket.py"/>
        <source>Public file listing (public-read)</source>
        <translation>Öffentliche Dateiliste (public-read)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/new_bucket.py"/>
        <source>New Bucket</source>
        <translation>Neuer Bucket</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/new_bucket.py"/>
        <source>e.g. holiday-photos</source>
        <translation>z. B. urlaubsfotos</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/new_bucket.py"/>
        <source>e.g. us-east-1</source>
        <translation>z. B. us-east-1</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/new_bucket.py"/>
        <source>Bucket names are shared by everyone using the region: 3–63 lowercase letters, digits and hyphens.</source>
        <translation>Bucket-Namen teilen sich alle Nutzer der Region: 3–63 Kleinbuchstaben, Ziffern und Bindestriche.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/new_bucket.py"/>
        <source>C&amp;reate Bucket</source>
        <translation>Bucket &amp;anlegen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/new_bucket.py"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/new_bucket.py"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/new_bucket.py"/>
        <location filename="../../spacesgui/ui/dialogs/new_bucket.py"/>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/new_bucket.py"/>
        <source>&amp;Access:</source>
        <translation>&amp;Zugriff:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/new_bucket.py"/>
        <source>A region is lowercase letters, digits and hyphens, such as us-east-1.</source>
        <translation>Eine Region besteht aus Kleinbuchstaben, Ziffern und Bindestrichen, etwa us-east-1.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/new_bucket.py"/>
        <source>Choose a region.</source>
        <translation>Wählen Sie eine Region.</translation>
    </message>
</context>
<context>
    <name>ObjectTableModel</name>
    <message>
        <location filename="../../spacesgui/ui/models/object_table.py"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/object_table.py"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/object_table.py"/>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/object_table.py"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/object_table.py"/>
        <source>Storage class</source>
        <translation>Speicherklasse</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/object_table.py"/>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/overview.py"/>
        <source>Not reported by this server</source>
        <translation>Von diesem Server nicht angegeben</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/overview.py"/>
        <source>Never enabled</source>
        <translation>Nie aktiviert</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/overview.py"/>
        <source>Enabled: old versions are kept</source>
        <translation>Aktiviert: alte Versionen werden behalten</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/overview.py"/>
        <source>Suspended: versions kept earlier remain</source>
        <translation>Ausgesetzt: früher behaltene Versionen bleiben</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/overview.py"/>
        <source>Bucket:</source>
        <translation>Bucket:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/overview.py"/>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/overview.py"/>
        <source>Created:</source>
        <translation>Angelegt:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/overview.py"/>
        <source>&amp;Origin:</source>
        <translation>&amp;Ursprung:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/overview.py"/>
        <source>&amp;CDN:</source>
        <translation>&amp;CDN:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/overview.py"/>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/overview.py"/>
        <source>Objects:</source>
        <translation>Objekte:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/overview.py"/>
        <source>Space used:</source>
        <translation>Belegter Platz:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/overview.py"/>
        <source>Versioning:</source>
        <translation>Versionierung:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/overview.py"/>
        <source>Not listed for these credentials</source>
        <translation>Für diese Zugangsdaten nicht aufgeführt</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/overview.py"/>
        <source>Not readable with these credentials</source>
        <translation>Mit diesen Zugangsdaten nicht lesbar</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/overview.py"/>
        <source>The CDN address serves files only once the CDN is enabled for this Space; the website address only once it has a website configuration.</source>
        <translation>Die CDN-Adresse liefert Dateien erst, wenn das CDN für diesen Space aktiviert ist; die Website-Adresse erst, wenn er eine Website-Konfiguration hat.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/overview.py"/>
        <source>A name with dots cannot be served by the CDN over HTTPS.</source>
        <translation>Ein Name mit Punkten kann vom CDN nicht über HTTPS ausgeliefert werden.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/overview.py"/>
        <source>The bucket as the server describes it now.</source>
        <translation>Der Bucket, wie der Server ihn jetzt beschreibt.</translation>
    </message>
</context>
<context>
    <name>PairTable</name>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties_tables.py"/>
        <source>(mixed)</source>
        <translation>(gemischt)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties_tables.py"/>
        <source>{name} and {value}</source>
        <translation>{name} und {value}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties_tables.py"/>
        <source>Remo&amp;ve</source>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties_tables.py"/>
        <source>The value differs between the selected files; type a value to set it on all of them.</source>
        <translation>Der Wert unterscheidet sich zwischen den ausgewählten Dateien; geben Sie einen Wert ein, um ihn bei allen zu setzen.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties_tables.py"/>
        <source>At most {count} rows are allowed.</source>
        <translation>Höchstens {count} Zeilen sind erlaubt.</translation>
    </message>
</context>
<context>
    <name>PathBar</name>
    <message>
        <location filename="../../spacesgui/ui/path_bar.py"/>
        <source>Hidden folders of this path</source>
        <translation>Verborgene Ordner dieses Pfads</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/path_bar.py"/>
        <source>bucket/folder/, s3://bucket/key or a Spaces link</source>
        <translation>bucket/ordner/, s3://bucket/schlüssel oder ein Spaces-Link</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/path_bar.py"/>
        <source>Type a location (Ctrl+L)</source>
        <translation>Einen Ort eingeben (Strg+L)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/path_bar.py"/>
        <source>Type a location</source>
        <translation>Einen Ort eingeben</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/path_bar.py"/>
        <source>&amp;Go to Location…</source>
        <translation>&amp;Gehe zu Ort…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/path_bar.py"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/path_bar.py"/>
        <source>All buckets of {account}</source>
        <translation>Alle Buckets von {account}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/path_bar.py"/>
        <source>this account</source>
        <translation>diesem Konto</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/path_bar.py"/>
        <source>Choose an account first, then type a place in it.</source>
        <translation>Wählen Sie zuerst ein Konto und geben Sie dann einen Ort darin ein.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/path_bar.py"/>
        <source>That address is in region {region}, but this account is in {region2}. Open it from an account for {region}.</source>
        <translation>Diese Adresse liegt in der Region {region}, dieses Konto aber in {region2}. Öffnen Sie sie über ein Konto für {region}.</translation>
    </message>
</context>
<context>
    <name>PermissionsPage</name>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/permissions.py"/>
        <source>Only you (and keys of this account) may list the files. Each file&apos;s own permissions still decide who may download it.</source>
        <translation>Nur Sie (und Schlüssel dieses Kontos) dürfen die Dateien auflisten. Die eigenen Berechtigungen jeder Datei entscheiden weiterhin, wer sie herunterladen darf.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/permissions.py"/>
        <source>Who May List the Files</source>
        <translation>Wer die Dateien auflisten darf</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/permissions.py"/>
        <source>&amp;Private</source>
        <translation>&amp;Privat</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/permissions.py"/>
        <source>Public &amp;file listing (public-read)</source>
        <translation>Öffentliche &amp;Dateiliste (public-read)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/permissions.py"/>
        <source>Grants on the Server</source>
        <translation>Berechtigungen auf dem Server</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/permissions.py"/>
        <source>Grants marked “kept as is” are sent back unchanged on Apply; this page neither removes nor changes them.</source>
        <translation>Mit „unverändert behalten“ markierte Berechtigungen werden beim Anwenden unverändert zurückgesendet; diese Seite entfernt oder ändert sie nicht.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/permissions.py"/>
        <source>Test as a Visitor Without an Account</source>
        <translation>Als Besucher ohne Konto testen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/permissions.py"/>
        <source>blank: list the bucket</source>
        <translation>leer: den Bucket auflisten</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/permissions.py"/>
        <source>&amp;Key to download:</source>
        <translation>&amp;Schlüssel zum Herunterladen:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/permissions.py"/>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/permissions.py"/>
        <source>Cancel Test</source>
        <translation>Test abbrechen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/permissions.py"/>
        <source>Sends an unsigned GET, as a browser would, and shows the server&apos;s answer. Apply first: the test sees what the server holds, not these edits.</source>
        <translation>Sendet ein unsigniertes GET, wie ein Browser es täte, und zeigt die Antwort des Servers. Wenden Sie zuerst an: Der Test sieht, was der Server hält, nicht diese Änderungen.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/permissions.py"/>
        <source>GET {key}</source>
        <translation>GET {key}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/permissions.py"/>
        <source>GET (list the bucket)</source>
        <translation>GET (den Bucket auflisten)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/permissions.py"/>
        <source>Request ID: {request_id}</source>
        <translation>Anfrage-ID: {request_id}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/permissions.py"/>
        <source>{asked}: no answer. </source>
        <translation>{asked}: keine Antwort. </translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/policy.py"/>
        <source>This bucket has no policy: its ACLs alone decide who may do what. Insert a template to start from, or type a policy.</source>
        <translation>Dieser Bucket hat keine Richtlinie: Allein seine ACLs entscheiden, wer was darf. Fügen Sie eine Vorlage als Ausgangspunkt ein oder schreiben Sie eine Richtlinie.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/policy.py"/>
        <source>Insert &amp;Template</source>
        <translation>&amp;Vorlage einfügen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/policy.py"/>
        <source>Public Read of a Prefix…</source>
        <translation>Öffentliches Lesen eines Präfixes…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/policy.py"/>
        <source>Allow Only From an Address Range…</source>
        <translation>Nur aus einem Adressbereich erlauben…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/policy.py"/>
        <source>Deny Requests Without TLS</source>
        <translation>Anfragen ohne TLS verweigern</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/policy.py"/>
        <source>Read-Only for a User…</source>
        <translation>Nur-Lesen für einen Benutzer…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/policy.py"/>
        <source>&amp;Delete Policy…</source>
        <translation>Richtlinie &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/policy.py"/>
        <source>The bucket has no policy.</source>
        <translation>Der Bucket hat keine Richtlinie.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/policy.py"/>
        <source>The policy as the server holds it now.</source>
        <translation>Die Richtlinie, wie der Server sie jetzt hält.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/policy.py"/>
        <source>Delete the policy of “{bucket}”</source>
        <translation>Die Richtlinie von „{bucket}“ löschen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/policy.py"/>
        <source>Insert Template</source>
        <translation>Vorlage einfügen</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../spacesgui/ui/dialogs/preferences.py"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/preferences.py"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/preferences.py"/>
        <source>Ask</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/preferences.py"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/preferences.py"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/preferences.py"/>
        <source>Keep both (rename the new one)</source>
        <translation>Beide behalten (die neue umbenennen)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/preferences.py"/>
        <source>Skip identical, ask about the rest</source>
        <translation>Identische überspringen, beim Rest fragen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/preferences.py"/>
        <source>Transfers</source>
        <translation>Übertragungen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/preferences.py"/>
        <source>&amp;Parallel transfers:</source>
        <translation>&amp;Parallele Übertragungen:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/preferences.py"/>
        <source>Parts in &amp;flight per file:</source>
        <translation>Gleichzeitige &amp;Teile pro Datei:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/preferences.py"/>
        <source>Part &amp;size:</source>
        <translation>Teil&amp;größe:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/preferences.py"/>
        <source>&amp;Upload limit:</source>
        <translation>&amp;Upload-Grenze:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/preferences.py"/>
        <source>&amp;Download limit:</source>
        <translation>&amp;Download-Grenze:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/preferences.py"/>
        <source>&amp;Retries per request:</source>
        <translation>&amp;Wiederholungen pro Anfrage:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/preferences.py"/>
        <source>If the &amp;target exists:</source>
        <translation>Wenn das &amp;Ziel existiert:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/preferences.py"/>
        <source>Changes apply to transfers that start from now on; the limits apply at once, to running transfers too.</source>
        <translation>Änderungen gelten für Übertragungen, die ab jetzt beginnen; die Grenzen gelten sofort, auch für laufende Übertragungen.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/preferences.py"/>
        <source> KiB/s</source>
        <translation> KiB/s</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/preferences.py"/>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/preferences.py"/>
        <source>Shared by all transfers in that direction; 1024 KiB/s is 1 MiB/s. 0 means unlimited.</source>
        <translation>Geteilt von allen Übertragungen in dieser Richtung; 1024 KiB/s sind 1 MiB/s. 0 bedeutet unbegrenzt.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/preferences.py"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/preferences.py"/>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/preferences.py"/>
        <source>Default f&amp;older:</source>
        <translation>Standard-&amp;Ordner:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/preferences.py"/>
        <source>&amp;Confirm before deleting</source>
        <translation>Vor dem Löschen &amp;nachfragen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/preferences.py"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/preferences.py"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/preferences.py"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/preferences.py"/>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/preferences.py"/>
        <source>T&amp;heme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/preferences.py"/>
        <source>Default Download Folder</source>
        <translation>Standard-Downloadordner</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../spacesgui/ui/preview.py"/>
        <source>{name} — Preview</source>
        <translation>{name} — Vorschau</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/preview.py"/>
        <location filename="../../spacesgui/ui/preview.py"/>
        <source>Loading…</source>
        <translation>Lädt…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/preview.py"/>
        <source>Choose &amp;Key…</source>
        <translation>&amp;Schlüssel wählen…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/preview.py"/>
        <source> · showing the first {shown} of {size}</source>
        <translation> · zeigt die ersten {shown} von {size}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/preview.py"/>
        <source>{width} × {height} pixels</source>
        <translation>{width} × {height} Pixel</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/preview.py"/>
        <source>Could not show this file.

{error}</source>
        <translation>Diese Datei kann nicht angezeigt werden.

{error}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/preview.py"/>
        <source>{image_size} · {zoom:.0%} · Ctrl+wheel or Ctrl+/Ctrl− to zoom, Ctrl+0 to fit</source>
        <translation>{image_size} · {zoom:.0%} · Strg+Mausrad oder Strg+/Strg− zum Zoomen, Strg+0 zum Einpassen</translation>
    </message>
</context>
<context>
    <name>Probe</name>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/probe.py"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>PropertiesDialog</name>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties.py"/>
        <source>Private (only this account&apos;s keys)</source>
        <translation>Privat (nur die Schlüssel dieses Kontos)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties.py"/>
        <source>Public (anyone with the address can read)</source>
        <translation>Öffentlich (jeder mit der Adresse kann lesen)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties.py"/>
        <source>{count} files</source>
        <translation>{count} Dateien</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties.py"/>
        <source>Properties — {name}</source>
        <translation>Eigenschaften — {name}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties.py"/>
        <source>Choose &amp;Key…</source>
        <translation>Schlüssel &amp;wählen…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties.py"/>
        <source>&amp;General</source>
        <translation>All&amp;gemein</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties.py"/>
        <source>H&amp;eaders</source>
        <translation>H&amp;eader</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties.py"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties.py"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties.py"/>
        <source>&amp;Add tag</source>
        <translation>Tag hinzu&amp;fügen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties.py"/>
        <source>&amp;Tags</source>
        <translation>&amp;Tags</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties.py"/>
        <source>&amp;Permissions</source>
        <translation>&amp;Berechtigungen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/dialogs/properties.py"/>
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>%n Datei wird gelesen…</numerusform>
            <numerusform>%n Dateien werden gelesen…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties.py"/>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties.py"/>
        <source>Could not read the properties: {error}</source>
        <translation>Die Eigenschaften konnten nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties.py"/>
        <source>Could not read {key}: {error}</source>
        <translation>{key} konnte nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties.py"/>
        <source>None of the files could be read.</source>
        <translation>Keine der Dateien konnte gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties.py"/>
        <source>Read-only: read with a customer key.</source>
        <translation>Schreibgeschützt: mit einem Kundenschlüssel gelesen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/dialogs/properties.py"/>
        <source>%n files in {bucket}</source>
        <translation>
            <numerusform>%n Datei in {bucket}</numerusform>
            <numerusform>%n Dateien in {bucket}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties.py"/>
        <source>{size} ({bytes} bytes) in total</source>
        <translation>insgesamt {size} ({bytes} Bytes)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties.py"/>
        <source>{size} ({bytes} bytes)</source>
        <translation>{size} ({bytes} Bytes)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties.py"/>
        <source>Differs between the files; type to set it on all of them.</source>
        <translation>Je Datei verschieden; einen Wert eingeben, um ihn bei allen zu setzen.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties.py"/>
        <source>Unknown: {reason} Tags cannot be edited.</source>
        <translation>Unbekannt: {reason} Tags können nicht bearbeitet werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/dialogs/properties.py"/>
        <source>%n file(s) whose tags could not be read keep them unchanged.</source>
        <translation>
            <numerusform>%n Datei, deren Tags nicht gelesen werden konnten, behält sie unverändert.</numerusform>
            <numerusform>%n Dateien, deren Tags nicht gelesen werden konnten, behalten sie unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties.py"/>
        <source>Encrypted with a customer key — not the key chosen</source>
        <translation>Mit einem Kundenschlüssel verschlüsselt — nicht mit dem gewählten</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties.py"/>
        <source>Encrypted with a customer key (choose the key to see more)</source>
        <translation>Mit einem Kundenschlüssel verschlüsselt (Schlüssel wählen, um mehr zu sehen)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties.py"/>
        <source>Read this file with:</source>
        <translation>Diese Datei lesen mit:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties.py"/>
        <source>(mixed) — kept as each file has it</source>
        <translation>(gemischt) — bleibt bei jeder Datei, wie es ist</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties.py"/>
        <source>Now: {counts}.</source>
        <translation>Derzeit: {counts}.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties.py"/>
        <source>Custom (kept)</source>
        <translation>Eigene (bleiben erhalten)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties.py"/>
        <source>These permissions are neither private nor public-read; they are kept unless you choose one of the above.</source>
        <translation>Diese Berechtigungen sind weder privat noch public-read; sie bleiben erhalten, sofern Sie nicht eine der obigen wählen.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties.py"/>
        <source>Unknown: not allowed for this key</source>
        <translation>Unbekannt: für diesen Schlüssel nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties.py"/>
        <source>Reading the permissions was refused: {reason}</source>
        <translation>Das Lesen der Berechtigungen wurde verweigert: {reason}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties.py"/>
        <source>Changing headers copies a file onto itself, which resets permissions that could not be read to private.</source>
        <translation>Das Ändern von Headern kopiert eine Datei auf sich selbst; nicht lesbare Berechtigungen werden dabei auf privat zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties.py"/>
        <source>Content-Type cannot be empty (use application/octet-stream).</source>
        <translation>Content-Type darf nicht leer sein (application/octet-stream verwenden).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/dialogs/properties.py"/>
        <source>Applying to %n file(s)…</source>
        <translation>
            <numerusform>Wird auf %n Datei angewendet…</numerusform>
            <numerusform>Wird auf %n Dateien angewendet…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties.py"/>
        <source>Applying stopped: {error}</source>
        <translation>Anwenden abgebrochen: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/dialogs/properties.py"/>
        <source>Applied to {done} of %n file(s); {failed} failed.</source>
        <translation>
            <numerusform>Auf {done} von %n Datei angewendet; {failed} fehlgeschlagen.</numerusform>
            <numerusform>Auf {done} von %n Dateien angewendet; {failed} fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties.py"/>
        <source>Failed {key}: {error}</source>
        <translation>{key} fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties.py"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>PropertiesLayout</name>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties_layout.py"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties_layout.py"/>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties_layout.py"/>
        <source>ETag:</source>
        <translation>ETag:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties_layout.py"/>
        <source>Modified:</source>
        <translation>Geändert:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties_layout.py"/>
        <source>Storage class:</source>
        <translation>Speicherklasse:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties_layout.py"/>
        <source>Version ID:</source>
        <translation>Versions-ID:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties_layout.py"/>
        <source>Content type:</source>
        <translation>Inhaltstyp:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties_layout.py"/>
        <source>Encryption:</source>
        <translation>Verschlüsselung:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties_layout.py"/>
        <source>Selected files</source>
        <translation>Ausgewählte Dateien</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties_layout.py"/>
        <source>&amp;Files:</source>
        <translation>&amp;Dateien:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties_layout.py"/>
        <source>Content-T&amp;ype:</source>
        <translation>Content-T&amp;ype:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties_layout.py"/>
        <source>Cac&amp;he-Control:</source>
        <translation>Cac&amp;he-Control:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties_layout.py"/>
        <source>Content-D&amp;isposition:</source>
        <translation>Content-D&amp;isposition:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties_layout.py"/>
        <source>Content-E&amp;ncoding:</source>
        <translation>Content-E&amp;ncoding:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties_layout.py"/>
        <source>Name (x-amz-meta-)</source>
        <translation>Name (x-amz-meta-)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties_layout.py"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties_layout.py"/>
        <source>&amp;Add metadata</source>
        <translation>Metadaten hinzu&amp;fügen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties_layout.py"/>
        <source>Custom metadata:</source>
        <translation>Eigene Metadaten:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties_layout.py"/>
        <source>A&amp;ccess:</source>
        <translation>&amp;Zugriff:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties_layout.py"/>
        <source>Public files can be downloaded by anyone who has their address, without a key (on Spaces also through the CDN, if enabled). Private files need a key or a temporary link (Share Link…).</source>
        <translation>Öffentliche Dateien kann jeder ohne Schlüssel herunterladen, der ihre Adresse hat (bei Spaces auch über das CDN, falls aktiviert). Private Dateien brauchen einen Schlüssel oder einen befristeten Link („Link teilen…“).</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties_layout.py"/>
        <source>Errors per file</source>
        <translation>Fehler je Datei</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties_layout.py"/>
        <source>App&amp;ly</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/properties_layout.py"/>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
</context>
<context>
    <name>RuleButtons</name>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/rule_table.py"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/rule_table.py"/>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/rule_table.py"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/rule_table.py"/>
        <source>Move U&amp;p</source>
        <translation>Nach o&amp;ben</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/rule_table.py"/>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/base.py"/>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/base.py"/>
        <location filename="../../spacesgui/ui/bucket_settings/base.py"/>
        <source>Loading…</source>
        <translation>Lädt…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/base.py"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/base.py"/>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/base.py"/>
        <source>Apply…</source>
        <translation>Anwenden…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/base.py"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/base.py"/>
        <source>As the server holds it now.</source>
        <translation>Wie der Server sie jetzt hält.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/base.py"/>
        <source>The setting could not be read.</source>
        <translation>Die Einstellung konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/base.py"/>
        <source>Reading failed</source>
        <translation>Lesen fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/base.py"/>
        <source>{title} of “{bucket}”</source>
        <translation>{title} von „{bucket}“</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/base.py"/>
        <source>Applying…</source>
        <translation>Wird angewendet…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/base.py"/>
        <source>The server refused the change; nothing was changed.</source>
        <translation>Der Server hat die Änderung abgelehnt; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/base.py"/>
        <source>Applying failed</source>
        <translation>Anwenden fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/access_logging.py"/>
        <source>Access Logging</source>
        <translation>Zugriffsprotokollierung</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>CORS</source>
        <translation>CORS</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>Lifecycle</source>
        <translation>Lebenszyklus</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/overview.py"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/permissions.py"/>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/policy.py"/>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/versioning.py"/>
        <source>Versioning</source>
        <translation>Versionierung</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
</context>
<context>
    <name>ShareLinkDialog</name>
    <message>
        <location filename="../../spacesgui/ui/dialogs/share_link.py"/>
        <source>Share “{name}”</source>
        <translation>„{name}“ teilen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/share_link.py"/>
        <source>C&amp;lose</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/share_link.py"/>
        <source>&amp;CDN-compatible link (signed for the origin, sent to the CDN)</source>
        <translation>&amp;CDN-kompatibler Link (für den Ursprung signiert, an das CDN gesendet)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/share_link.py"/>
        <source>Presigned link</source>
        <translation>Signierter Link</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/share_link.py"/>
        <source>C&amp;opy link</source>
        <translation>Link k&amp;opieren</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/share_link.py"/>
        <source>Temporary link (works for anyone until it expires)</source>
        <translation>Befristeter Link (funktioniert für jeden, bis er abläuft)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/share_link.py"/>
        <source>&amp;Valid for:</source>
        <translation>&amp;Gültig für:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/share_link.py"/>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/share_link.py"/>
        <source>Link:</source>
        <translation>Link:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/share_link.py"/>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/share_link.py"/>
        <source>Copy C&amp;DN</source>
        <translation>C&amp;DN kopieren</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/share_link.py"/>
        <source>Permanent addresses (work only while the file is public)</source>
        <translation>Dauerhafte Adressen (funktionieren nur, solange die Datei öffentlich ist)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/share_link.py"/>
        <source>Access:</source>
        <translation>Zugriff:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/share_link.py"/>
        <source>&amp;Public:</source>
        <translation>Ö&amp;ffentlich:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/share_link.py"/>
        <source>CD&amp;N:</source>
        <translation>CD&amp;N:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/share_link.py"/>
        <source>The CDN address works once the CDN is enabled for this bucket.</source>
        <translation>Die CDN-Adresse funktioniert, sobald das CDN für diesen Bucket aktiviert ist.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/share_link.py"/>
        <source>{what} copied to the clipboard.</source>
        <translation>{what} in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/share_link.py"/>
        <source>Temporary link</source>
        <translation>Befristeter Link</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/share_link.py"/>
        <source>Public address</source>
        <translation>Öffentliche Adresse</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/share_link.py"/>
        <source>CDN address</source>
        <translation>CDN-Adresse</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/share_link.py"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/share_link.py"/>
        <source>Public: anyone with these addresses can download the file.</source>
        <translation>Öffentlich: Jeder mit diesen Adressen kann die Datei herunterladen.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/share_link.py"/>
        <source>Private: these addresses answer “Access Denied” until the file is made public (Properties › Permissions).</source>
        <translation>Privat: Diese Adressen antworten mit „Access Denied“, bis die Datei öffentlich gemacht wird (Eigenschaften › Berechtigungen).</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/share_link.py"/>
        <source>Unknown: not allowed for this key (it may not read permissions). The addresses below work only if the file is public.</source>
        <translation>Unbekannt: für diesen Schlüssel nicht erlaubt (er darf Berechtigungen womöglich nicht lesen). Die Adressen unten funktionieren nur, wenn die Datei öffentlich ist.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/share_link.py"/>
        <source>Unknown: {error}</source>
        <translation>Unbekannt: {error}</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../spacesgui/ui/window/status.py"/>
        <source>1 bucket</source>
        <translation>1 Bucket</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/status.py"/>
        <source>{n:,} buckets</source>
        <translation>{n:,} Buckets</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/status.py"/>
        <source>1 folder</source>
        <translation>1 Ordner</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/status.py"/>
        <source>{n:,} folders</source>
        <translation>{n:,} Ordner</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/status.py"/>
        <source>1 file</source>
        <translation>1 Datei</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/status.py"/>
        <source>{n:,} files</source>
        <translation>{n:,} Dateien</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/status.py"/>
        <source>1 item</source>
        <translation>1 Element</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/status.py"/>
        <source>{n:,} items</source>
        <translation>{n:,} Elemente</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/status.py"/>
        <source>Starting…</source>
        <translation>Startet…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/status.py"/>
        <source>{shown:,} of {what} match</source>
        <translation>{shown:,} von {what} passen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/status.py"/>
        <source>Loading… {what}</source>
        <translation>Lädt… {what}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/status.py"/>
        <source>Loading…</source>
        <translation>Lädt…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/status.py"/>
        <source>{what} so far — scroll for more</source>
        <translation>{what} bisher — für mehr weiterblättern</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/status.py"/>
        <source>Search “{search}”: {text}</source>
        <translation>Suche „{search}“: {text}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/status.py"/>
        <source>{items} selected</source>
        <translation>{items} ausgewählt</translation>
    </message>
</context>
<context>
    <name>TemplateQuestion</name>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/policy.py"/>
        <source>&amp;Insert</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/policy.py"/>
        <source>Public Read of a Prefix</source>
        <translation>Öffentliches Lesen eines Präfixes</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/policy.py"/>
        <source>Anyone, without an account, may download the files whose names start with this prefix (blank: every file). It does not let them list the bucket.</source>
        <translation>Jeder darf ohne Konto die Dateien herunterladen, deren Namen mit diesem Präfix beginnen (leer: jede Datei). Den Bucket auflisten darf er damit nicht.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/policy.py"/>
        <source>&amp;Prefix:</source>
        <translation>&amp;Präfix:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/policy.py"/>
        <source>Allow Only From an Address Range</source>
        <translation>Nur aus einem Adressbereich erlauben</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/policy.py"/>
        <source>Refuses every request to read, write or list data that does not come from this address range, your own keys&apos; included. The bucket&apos;s settings, this policy among them, stay reachable so a wrong range can be undone.</source>
        <translation>Verweigert jede Anfrage zum Lesen, Schreiben oder Auflisten von Daten, die nicht aus diesem Adressbereich kommt, auch die Ihrer eigenen Schlüssel. Die Einstellungen des Buckets, darunter diese Richtlinie, bleiben erreichbar, damit ein falscher Bereich rückgängig gemacht werden kann.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/policy.py"/>
        <source>Address &amp;range (CIDR):</source>
        <translation>Adress&amp;bereich (CIDR):</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/policy.py"/>
        <source>Read-Only for a User</source>
        <translation>Nur-Lesen für einen Benutzer</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/policy.py"/>
        <source>Lets one user list the bucket and download its files.</source>
        <translation>Erlaubt einem Benutzer, den Bucket aufzulisten und seine Dateien herunterzuladen.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/policy.py"/>
        <source>User &amp;ARN:</source>
        <translation>Benutzer-&amp;ARN:</translation>
    </message>
</context>
<context>
    <name>TransferPanel</name>
    <message>
        <location filename="../../spacesgui/ui/transfer_panel.py"/>
        <source>{n} running</source>
        <translation>{n} aktiv</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/transfer_panel.py"/>
        <source>{n} throttled</source>
        <translation>{n} gedrosselt</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/transfer_panel.py"/>
        <source>{n} queued</source>
        <translation>{n} wartend</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/transfer_panel.py"/>
        <source>{n} paused</source>
        <translation>{n} angehalten</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/transfer_panel.py"/>
        <source>{n} failed</source>
        <translation>{n} fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/transfer_panel.py"/>
        <source>{n} done</source>
        <translation>{n} fertig</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/transfer_panel.py"/>
        <source>{n} cancelled</source>
        <translation>{n} abgebrochen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/transfer_panel.py"/>
        <source>No transfers</source>
        <translation>Keine Übertragungen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/transfer_panel.py"/>
        <source>{done} of {total}</source>
        <translation>{done} von {total}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/transfer_panel.py"/>
        <source>{size}/s</source>
        <translation>{size}/s</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/transfer_panel.py"/>
        <source>{time} left</source>
        <translation>noch {time}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/transfer_panel.py"/>
        <source>Transfers</source>
        <translation>Übertragungen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/transfer_panel.py"/>
        <source>Transfer actions</source>
        <translation>Übertragungsaktionen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/transfer_panel.py"/>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/transfer_panel.py"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/transfer_panel.py"/>
        <source>&amp;Cancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/transfer_panel.py"/>
        <source>Retry &amp;failed</source>
        <translation>Fehlgeschlagene &amp;wiederholen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/transfer_panel.py"/>
        <source>C&amp;lear finished</source>
        <translation>Fertige &amp;entfernen</translation>
    </message>
</context>
<context>
    <name>UploadLinkDialog</name>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_link.py"/>
        <source>Upload Link or Form for “{0}”</source>
        <translation>Upload-Link oder -Formular für „{0}“</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_link.py"/>
        <source>Link for one &amp;file</source>
        <translation>Link für eine &amp;Datei</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_link.py"/>
        <source>Upload &amp;page for many files</source>
        <translation>Upload-&amp;Seite für viele Dateien</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_link.py"/>
        <source>e.g. report.pdf</source>
        <translation>z. B. bericht.pdf</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_link.py"/>
        <source>Upload link</source>
        <translation>Upload-Link</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_link.py"/>
        <source>C&amp;opy link</source>
        <translation>Link k&amp;opieren</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_link.py"/>
        <source>Copy &amp;curl command</source>
        <translation>&amp;curl-Befehl kopieren</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_link.py"/>
        <source>Anyone with the link can upload one file under this name, replacing a file of the same name, until the link expires. The link is an HTTP PUT: tools such as curl use it; a browser cannot open it.</source>
        <translation>Jeder mit dem Link kann eine Datei unter diesem Namen hochladen und dabei eine gleichnamige Datei ersetzen, bis der Link abläuft. Der Link ist ein HTTP-PUT: Werkzeuge wie curl nutzen ihn; ein Browser kann ihn nicht öffnen.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_link.py"/>
        <source>File &amp;name:</source>
        <translation>Datei&amp;name:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_link.py"/>
        <source>&amp;Valid for:</source>
        <translation>&amp;Gültig für:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_link.py"/>
        <source>Link:</source>
        <translation>Link:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_link.py"/>
        <source>A file name cannot start or end with “/”.</source>
        <translation>Ein Dateiname kann nicht mit „/“ beginnen oder enden.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_link.py"/>
        <source>Upload link copied; it works until {0}.</source>
        <translation>Upload-Link kopiert; er funktioniert bis {0}.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_link.py"/>
        <source>curl command copied; it works until {0}.</source>
        <translation>curl-Befehl kopiert; er funktioniert bis {0}.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_link.py"/>
        <source>(the top of the bucket)</source>
        <translation>(oberste Ebene des Buckets)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_link.py"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_link.py"/>
        <source>any type</source>
        <translation>jeder Typ</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_link.py"/>
        <source>&amp;Save Upload Page…</source>
        <translation>Upload-Seite &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_link.py"/>
        <source>The page works in any browser until it expires: whoever has it can upload files into this folder (a file with the same name replaces the earlier one). Send it by e-mail or put it on a web site. “image/” takes any image; an exact type such as application/pdf only that type.</source>
        <translation>Die Seite funktioniert in jedem Browser, bis sie abläuft: Wer sie hat, kann Dateien in diesen Ordner hochladen (eine Datei mit demselben Namen ersetzt die frühere). Senden Sie sie per E-Mail oder stellen Sie sie auf eine Website. „image/“ nimmt jedes Bild; ein genauer Typ wie application/pdf nur diesen Typ.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_link.py"/>
        <source>F&amp;older:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_link.py"/>
        <source>Va&amp;lid for:</source>
        <translation>Gü&amp;ltig für:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_link.py"/>
        <source>&amp;Largest file:</source>
        <translation>&amp;Größte Datei:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_link.py"/>
        <source>Content &amp;type:</source>
        <translation>Inhalts&amp;typ:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_link.py"/>
        <source>Save Upload Page</source>
        <translation>Upload-Seite speichern</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_link.py"/>
        <source>upload to {name}.html</source>
        <translation>Hochladen nach {name}.html</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_link.py"/>
        <source>Web pages (*.html)</source>
        <translation>Webseiten (*.html)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_link.py"/>
        <source>The page could not be saved: {0}</source>
        <translation>Die Seite konnte nicht gespeichert werden: {0}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_link.py"/>
        <source>Saved {0}; it works until {1}.</source>
        <translation>{0} gespeichert; sie funktioniert bis {1}.</translation>
    </message>
</context>
<context>
    <name>UploadRulesPanel</name>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_rules.py"/>
        <source>File pattern</source>
        <translation>Dateimuster</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_rules.py"/>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_rules.py"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_rules.py"/>
        <source>Upload rules</source>
        <translation>Upload-Regeln</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_rules.py"/>
        <source>Add Rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_rules.py"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_rules.py"/>
        <source>Files whose name matches a pattern (such as *.html, or a path such as assets/*.js) are uploaded with that header. Headers: {headers}, or x-amz-meta-&lt;name&gt;. A later rule for the same header wins.</source>
        <translation>Dateien, deren Name zu einem Muster passt (etwa *.html oder ein Pfad wie assets/*.js), werden mit diesem Header hochgeladen. Header: {headers} oder x-amz-meta-&lt;name&gt;. Gibt es mehrere Regeln für denselben Header, gilt die spätere.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_rules.py"/>
        <source>Ne&amp;w uploads are:</source>
        <translation>&amp;Neue Uploads sind:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_rules.py"/>
        <source>Headers by file pattern:</source>
        <translation>Header nach Dateimuster:</translation>
    </message>
</context>
<context>
    <name>VersioningPage</name>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/versioning.py"/>
        <source>Versioning has never been enabled on this bucket.</source>
        <translation>Versionierung wurde für diesen Bucket nie aktiviert.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/versioning.py"/>
        <source>Versioning is enabled.</source>
        <translation>Versionierung ist aktiviert.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/versioning.py"/>
        <source>Versioning is suspended.</source>
        <translation>Versionierung ist ausgesetzt.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/versioning.py"/>
        <source>&amp;Enable versioning</source>
        <translation>Versionierung &amp;aktivieren</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/versioning.py"/>
        <source>&amp;Suspend versioning</source>
        <translation>Versionierung aus&amp;setzen</translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <location filename="../../spacesgui/ui/models/versions.py"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/versions.py"/>
        <source>Version ID</source>
        <translation>Versions-ID</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/versions.py"/>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/versions.py"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/versions.py"/>
        <source>Latest</source>
        <translation>Neueste</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/versions.py"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
</context>
<context>
    <name>VersionsView</name>
    <message>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>&amp;Open This Version</source>
        <translation>Diese Version ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>&amp;Download This Version…</source>
        <translation>Diese Version &amp;herunterladen…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>&amp;Restore This Version…</source>
        <translation>Diese Version &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>Delete This &amp;Version…</source>
        <translation>Diese &amp;Version löschen…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>&amp;Undelete</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>Could not read whether this bucket keeps versions: {error}</source>
        <translation>Es konnte nicht gelesen werden, ob dieser Bucket Versionen behält: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>%n version(s) and delete marker(s)</source>
        <translation>
            <numerusform>%n Version bzw. Löschmarkierung</numerusform>
            <numerusform>%n Versionen und Löschmarkierungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>, loading…</source>
        <translation>, lädt…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>, more as you scroll</source>
        <translation>, mehr beim Blättern</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>Download Version</source>
        <translation>Version herunterladen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>Restore version</source>
        <translation>Version wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>Restore Version</source>
        <translation>Version wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>Restore “{name}” to this version?</source>
        <translation>„{name}“ auf diese Version zurücksetzen?</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>A copy of {version} becomes the current file. The present version is kept as an older version, so this can be undone the same way.</source>
        <translation>Eine Kopie von {version} wird zur aktuellen Datei. Die jetzige Version bleibt als ältere Version erhalten, das lässt sich also auf dieselbe Weise rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>{version} is removed for good: unlike deleting a file, this leaves no delete marker and cannot be undone.{after}</source>
        <translation>{version} wird endgültig entfernt: Anders als beim Löschen einer Datei bleibt keine Löschmarkierung, und es lässt sich nicht rückgängig machen.{after}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source> The next older version becomes the current file.</source>
        <translation> Die nächstältere Version wird zur aktuellen Datei.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>Delete Version</source>
        <translation>Version löschen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>Delete this version of “{name}” permanently?</source>
        <translation>Diese Version von „{name}“ endgültig löschen?</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>Delete version</source>
        <translation>Version löschen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>Undelete</source>
        <translation>Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>WebsitePage</name>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>Same as the request</source>
        <translation>Wie die Anfrage</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>&amp;Off: not a website</source>
        <translation>&amp;Aus: keine Website</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>Serve &amp;documents</source>
        <translation>&amp;Dokumente ausliefern</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>Redirect &amp;every request</source>
        <translation>&amp;Jede Anfrage umleiten</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>Served for the bucket&apos;s root and for every “folder” (a key ending in /).</source>
        <translation>Ausgeliefert für die Wurzel des Buckets und für jeden „Ordner“ (einen Schlüssel, der auf / endet).</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>&amp;Index document:</source>
        <translation>&amp;Indexdokument:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>404.html (optional)</source>
        <translation>404.html (optional)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>The key served when a page is missing or refused.</source>
        <translation>Der Schlüssel, der ausgeliefert wird, wenn eine Seite fehlt oder verweigert wird.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>E&amp;rror document:</source>
        <translation>Fehle&amp;rdokument:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>Routing rules: the first rule whose condition matches redirects the visitor.</source>
        <translation>Routing-Regeln: Die erste Regel, deren Bedingung passt, leitet den Besucher um.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>Redirect every request</source>
        <translation>Jede Anfrage umleiten</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>Protoco&amp;l:</source>
        <translation>Protoko&amp;ll:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>Website address</source>
        <translation>Website-Adresse</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>not known for this server</source>
        <translation>für diesen Server nicht bekannt</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>This server&apos;s website address is part of its own set-up (on Ceph RGW, rgw_dns_s3website_name); type it below to test it.</source>
        <translation>Die Website-Adresse dieses Servers gehört zu seiner eigenen Einrichtung (bei Ceph RGW rgw_dns_s3website_name); geben Sie sie unten ein, um sie zu testen.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>&amp;Fetch Index</source>
        <translation>Index &amp;abrufen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>&amp;Test:</source>
        <translation>&amp;Test:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>What a visitor gets appears here.</source>
        <translation>Was ein Besucher bekommt, erscheint hier.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>The website address is on the clipboard.</source>
        <translation>Die Website-Adresse ist in der Zwischenablage.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>The website address of this server is not known, so the site cannot be fetched. Type the address the server serves websites on to test it.</source>
        <translation>Die Website-Adresse dieses Servers ist nicht bekannt, daher kann die Site nicht abgerufen werden. Geben Sie die Adresse ein, unter der der Server Websites ausliefert, um sie zu testen.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>Fetching {url}…</source>
        <translation>{url} wird abgerufen…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>The address could not be reached: </source>
        <translation>Die Adresse war nicht erreichbar: </translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>Rule {number}: {message}</source>
        <translation>Regel {number}: {message}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>This bucket is not served as a website.</source>
        <translation>Dieser Bucket wird nicht als Website ausgeliefert.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>Every request to the website is redirected, as the server holds it now.</source>
        <translation>Jede Anfrage an die Website wird umgeleitet, wie der Server es jetzt hält.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>Served as a website, as the server holds it now.</source>
        <translation>Als Website ausgeliefert, wie der Server es jetzt hält.</translation>
    </message>
</context>
<context>
    <name>WelcomeBanner</name>
    <message>
        <location filename="../../spacesgui/ui/window/banner.py"/>
        <source>Starting the local sandbox</source>
        <translation>Die lokale Sandbox startet</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/banner.py"/>
        <source>Starting the &lt;b&gt;Local sandbox&lt;/b&gt; — sample buckets on a server inside the app…</source>
        <translation>Die &lt;b&gt;lokale Sandbox&lt;/b&gt; startet — Beispiel-Buckets auf einem Server in der App…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/banner.py"/>
        <source>No account yet. Add your DigitalOcean Spaces key to get started.</source>
        <translation>Noch kein Konto. Fügen Sie Ihren DigitalOcean-Spaces-Schlüssel hinzu, um zu beginnen.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/banner.py"/>
        <source>You are in the &lt;b&gt;Local sandbox&lt;/b&gt;: sample data on a server inside the app, for trying things out. Nothing here is saved.</source>
        <translation>Sie sind in der &lt;b&gt;lokalen Sandbox&lt;/b&gt;: Beispieldaten auf einem Server in der App, zum Ausprobieren. Hier wird nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <source>1 file</source>
        <translation>1 Datei</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <source>{n} files</source>
        <translation>{n} Dateien</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <source>1 folder</source>
        <translation>1 Ordner</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <source>{n} folders</source>
        <translation>{n} Ordner</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <source>Share Link</source>
        <translation>Link teilen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <source>Copy Links</source>
        <translation>Links kopieren</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <source>Upload Link</source>
        <translation>Upload-Link</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <source>Changing the properties of %n item(s)…</source>
        <translation>
            <numerusform>Eigenschaften von %n Element werden geändert…</numerusform>
            <numerusform>Eigenschaften von %n Elementen werden geändert…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <source>Done:</source>
        <translation>Fertig:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <source>Cancelled:</source>
        <translation>Abgebrochen:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <source>Finished with failures:</source>
        <translation>Mit Fehlern beendet:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <source>Stopped early:</source>
        <translation>Vorzeitig beendet:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <source>Bucket Settings</source>
        <translation>Bucket-Einstellungen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <source>Incomplete Uploads</source>
        <translation>Unvollständige Uploads</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <source>Resume Upload</source>
        <translation>Upload fortsetzen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <source>This upload was encrypted with a customer key that is not among the account&apos;s keys (key MD5 {md5}). Add that key in the account&apos;s Customer Keys tab, then resume it.</source>
        <translation>Dieser Upload wurde mit einem Kundenschlüssel verschlüsselt, der nicht zu den Schlüsseln des Kontos gehört (Schlüssel-MD5 {md5}). Fügen Sie diesen Schlüssel im Reiter „Kundenschlüssel“ des Kontos hinzu und setzen Sie den Upload dann fort.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <source>Keys below this folder starting with:</source>
        <translation>Schlüssel unter diesem Ordner, beginnend mit:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <source>Starting the local sandbox…</source>
        <translation>Lokale Sandbox wird gestartet…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <source>About spacesgui</source>
        <translation>Über spacesgui</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <source>spacesgui {version}
A file manager for DigitalOcean Spaces and S3-compatible storage.</source>
        <translation>spacesgui {version}
Ein Dateimanager für DigitalOcean Spaces und S3-kompatiblen Speicher.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <source>Uploading %n item(s) to {folder}</source>
        <translation>
            <numerusform>%n Element wird nach {folder} hochgeladen</numerusform>
            <numerusform>%n Elemente werden nach {folder} hochgeladen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <source>Nothing was transferred.</source>
        <translation>Es wurde nichts übertragen.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <source>Upload Folder</source>
        <translation>Ordner hochladen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <source>Upload Files</source>
        <translation>Dateien hochladen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <source>Download To</source>
        <translation>Herunterladen nach</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <source>Nothing to do: the items are already there.</source>
        <translation>Nichts zu tun: Die Elemente sind bereits vorhanden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <source>Moving %n item(s) to {folder}</source>
        <translation>
            <numerusform>%n Element wird nach {folder} verschoben</numerusform>
            <numerusform>%n Elemente werden nach {folder} verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <source>Copying %n item(s) to {folder}</source>
        <translation>
            <numerusform>%n Element wird nach {folder} kopiert</numerusform>
            <numerusform>%n Elemente werden nach {folder} kopiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <source>Cut %n item(s); paste in the destination folder.</source>
        <translation>
            <numerusform>%n Element ausgeschnitten; im Zielordner einfügen.</numerusform>
            <numerusform>%n Elemente ausgeschnitten; im Zielordner einfügen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <source>Copied %n item(s); paste in the destination folder.</source>
        <translation>
            <numerusform>%n Element kopiert; im Zielordner einfügen.</numerusform>
            <numerusform>%n Elemente kopiert; im Zielordner einfügen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <source>A folder name cannot contain “/”.</source>
        <translation>Ein Ordnername darf kein „/“ enthalten.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <source>Create folder</source>
        <translation>Ordner anlegen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <source>New Folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <source>Folder name:</source>
        <translation>Ordnername:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <source>untitled folder</source>
        <translation>Unbenannter Ordner</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <source>A name cannot contain “/”.</source>
        <translation>Ein Name darf kein „/“ enthalten.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <source>Renaming “{old}” to “{new}”…</source>
        <translation>„{old}“ wird in „{new}“ umbenannt…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <source>New name for “{name}”:</source>
        <translation>Neuer Name für „{name}“:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <source>Deleting %n item(s)…</source>
        <translation>
            <numerusform>%n Element wird gelöscht…</numerusform>
            <numerusform>%n Elemente werden gelöscht…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <source>Create bucket</source>
        <translation>Bucket anlegen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <source>Delete bucket “{bucket}”</source>
        <translation>Bucket „{bucket}“ löschen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <source>Delete Bucket</source>
        <translation>Bucket löschen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <source>Delete the bucket “{bucket}”?</source>
        <translation>Den Bucket „{bucket}“ löschen?</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <source>Only an empty bucket can be deleted; delete its files first.
The name may not become available again at once.</source>
        <translation>Nur ein leerer Bucket kann gelöscht werden; löschen Sie zuerst seine Dateien.
Der Name ist danach womöglich nicht sofort wieder verfügbar.</translation>
    </message>
</context>
<context>
    <name>_AddressRow</name>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/overview.py"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/overview.py"/>
        <source>Copy the address to the clipboard</source>
        <translation>Die Adresse in die Zwischenablage kopieren</translation>
    </message>
</context>
<context>
    <name>account_list</name>
    <message>
        <location filename="../../spacesgui/ui/dialogs/account_list.py"/>
        <source>DigitalOcean Spaces, {region}</source>
        <translation>DigitalOcean Spaces, {region}</translation>
    </message>
</context>
<context>
    <name>addresses</name>
    <message>
        <location filename="../../spacesgui/ui/window/addresses.py"/>
        <source>Open address</source>
        <translation>Adresse öffnen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/addresses.py"/>
        <source>the Spaces region {region}</source>
        <translation>der Spaces-Region {region}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/addresses.py"/>
        <source>That address is on {where}, and no account here is for it. Add one with “Add Spaces Account”, then open the address again.</source>
        <translation>Diese Adresse gehört zu {where}, und kein Konto hier ist dafür eingerichtet. Fügen Sie eines mit „Spaces-Konto hinzufügen“ hinzu und öffnen Sie die Adresse dann erneut.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../spacesgui/app.py"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>boxes</name>
    <message>
        <location filename="../../spacesgui/ui/boxes.py"/>
        <source>Keyring Not Available</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/boxes.py"/>
        <source>spacesgui never writes secret keys to a file. It can keep the secret key in memory until you quit, and ask for it again next time.</source>
        <translation>spacesgui schreibt geheime Schlüssel nie in eine Datei. Es kann den geheimen Schlüssel bis zum Beenden im Speicher behalten und beim nächsten Mal erneut danach fragen.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/boxes.py"/>
        <source>Keep for This &amp;Session Only</source>
        <translation>Nur für diese &amp;Sitzung behalten</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/boxes.py"/>
        <source>Remove Account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/boxes.py"/>
        <source>Remove the account “{name}”?</source>
        <translation>Das Konto „{name}“ entfernen?</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/boxes.py"/>
        <source>Its secret key and customer keys are deleted from the keyring. Nothing in your buckets is changed.</source>
        <translation>Sein geheimer Schlüssel und seine Kundenschlüssel werden aus dem Schlüsselbund gelöscht. In Ihren Buckets ändert sich nichts.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/boxes.py"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/boxes.py"/>
        <source>Export Customer Key</source>
        <translation>Kundenschlüssel exportieren</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/boxes.py"/>
        <source>Copy the key “{name}” to the clipboard?</source>
        <translation>Den Schlüssel „{name}“ in die Zwischenablage kopieren?</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/boxes.py"/>
        <source>Anyone who has this key can read every file encrypted with it. Once copied, any program you run can read the clipboard, a clipboard manager may keep it in its history, and so can whatever you paste it into. Keep the copy somewhere safe, such as a password manager, and do not send it by e-mail or chat.</source>
        <translation>Jeder, der diesen Schlüssel hat, kann jede damit verschlüsselte Datei lesen. Einmal kopiert, kann jedes Programm, das Sie ausführen, die Zwischenablage lesen, ein Zwischenablage-Verwalter kann ihn in seinem Verlauf behalten, ebenso alles, worin Sie ihn einfügen. Bewahren Sie die Kopie sicher auf, etwa in einem Passwortmanager, und senden Sie sie nicht per E-Mail oder Chat.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/boxes.py"/>
        <source>&amp;Copy to Clipboard</source>
        <translation>In die &amp;Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/boxes.py"/>
        <source>{name}  (MD5 {md5})</source>
        <translation>{name}  (MD5 {md5})</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/boxes.py"/>
        <source>  — default</source>
        <translation>  — Standard</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/boxes.py"/>
        <source>Choose Customer Key</source>
        <translation>Kundenschlüssel wählen</translation>
    </message>
</context>
<context>
    <name>connection_check</name>
    <message>
        <location filename="../../spacesgui/connection_check.py"/>
        <source>not allowed for this key</source>
        <translation>für diesen Schlüssel nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../../spacesgui/connection_check.py"/>
        <source>The secret key does not belong to this access key.</source>
        <translation>Der geheime Schlüssel gehört nicht zu diesem Zugriffsschlüssel.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/connection_check.py"/>
        <source>The server does not know this access key.</source>
        <translation>Der Server kennt diesen Zugriffsschlüssel nicht.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/connection_check.py"/>
        <source>This computer&apos;s clock is too far from the server&apos;s; correct it.</source>
        <translation>Die Uhr dieses Computers weicht zu stark von der des Servers ab; stellen Sie sie richtig.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/connection_check.py"/>
        <source>The key was refused.</source>
        <translation>Der Schlüssel wurde abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/connection_check.py"/>
        <source>The bucket does not exist.</source>
        <translation>Der Bucket existiert nicht.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/connection_check.py"/>
        <source>The server expects another region; check the region.</source>
        <translation>Der Server erwartet eine andere Region; prüfen Sie die Region.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/connection_check.py"/>
        <source>The server refused the request.</source>
        <translation>Der Server hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/connection_check.py"/>
        <source>It lives at {endpoint}; choose that region or endpoint.</source>
        <translation>Er liegt bei {endpoint}; wählen Sie diese Region oder diesen Endpunkt.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/connection_check.py"/>
        <source>(code {code}, HTTP {status}, request ID {request_id})</source>
        <translation>(Code {code}, HTTP {status}, Anfrage-ID {request_id})</translation>
    </message>
    <message>
        <location filename="../../spacesgui/connection_check.py"/>
        <source>(code {code}, HTTP {status})</source>
        <translation>(Code {code}, HTTP {status})</translation>
    </message>
    <message>
        <location filename="../../spacesgui/connection_check.py"/>
        <source>{what}: {advice} {reference}</source>
        <translation>{what}: {advice} {reference}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/connection_check.py"/>
        <source>{advice} {reference}</source>
        <translation>{advice} {reference}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/connection_check.py"/>
        <source>{what}: {error}</source>
        <translation>{what}: {error}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/connection_check.py"/>
        <source>Skipped because an earlier step failed.</source>
        <translation>Übersprungen, weil ein früherer Schritt fehlgeschlagen ist.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/connection_check.py"/>
        <source>{endpoint} answered, but its TLS certificate was not accepted. Check the address, or give the CA bundle that signed the certificate.</source>
        <translation>{endpoint} hat geantwortet, aber sein TLS-Zertifikat wurde nicht akzeptiert. Prüfen Sie die Adresse oder geben Sie das CA-Bündel an, das das Zertifikat signiert hat.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/connection_check.py"/>
        <source>The proxy {proxy} did not pass the connection on.</source>
        <translation>Der Proxy {proxy} hat die Verbindung nicht weitergeleitet.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/connection_check.py"/>
        <source>{endpoint} did not answer in time.</source>
        <translation>{endpoint} hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/connection_check.py"/>
        <source>its host name could not be found</source>
        <translation>der Hostname wurde nicht gefunden</translation>
    </message>
    <message>
        <location filename="../../spacesgui/connection_check.py"/>
        <source>the connection was refused</source>
        <translation>die Verbindung wurde abgelehnt</translation>
    </message>
    <message>
        <location filename="../../spacesgui/connection_check.py"/>
        <source>the connection failed</source>
        <translation>die Verbindung ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/connection_check.py"/>
        <source>Could not connect to {endpoint}: {why}.</source>
        <translation>Keine Verbindung zu {endpoint}: {why}.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/connection_check.py"/>
        <source>{endpoint} answered over HTTPS.</source>
        <translation>{endpoint} hat über HTTPS geantwortet.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/connection_check.py"/>
        <source>{endpoint} answered over plain HTTP (not encrypted).</source>
        <translation>{endpoint} hat über einfaches HTTP geantwortet (unverschlüsselt).</translation>
    </message>
    <message>
        <location filename="../../spacesgui/connection_check.py"/>
        <source>The account is not complete: {error}</source>
        <translation>Das Konto ist unvollständig: {error}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/connection_check.py"/>
        <source>{detail} If this key is limited to some buckets, add them as pinned buckets.</source>
        <translation>{detail} Ist dieser Schlüssel auf einzelne Buckets beschränkt, fügen Sie diese als angeheftete Buckets hinzu.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/connection_check.py"/>
        <source>The server accepted the key.</source>
        <translation>Der Server hat den Schlüssel akzeptiert.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/connection_check.py"/>
        <source>{names} and {count} more</source>
        <translation>{names} und {count} weitere</translation>
    </message>
    <message>
        <location filename="../../spacesgui/connection_check.py"/>
        <source>1 bucket: {names}.</source>
        <translation>1 Bucket: {names}.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/connection_check.py"/>
        <source>{count} buckets: {names}.</source>
        <translation>{count} Buckets: {names}.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/connection_check.py"/>
        <source>The key works; the account has no buckets yet.</source>
        <translation>Der Schlüssel funktioniert; das Konto hat noch keine Buckets.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/connection_check.py"/>
        <source>The server accepted the key for bucket {bucket}.</source>
        <translation>Der Server hat den Schlüssel für den Bucket {bucket} akzeptiert.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/connection_check.py"/>
        <source>All {count} pinned buckets opened (without listing the account&apos;s buckets).</source>
        <translation>Alle {count} angehefteten Buckets wurden geöffnet (ohne die Buckets des Kontos aufzulisten).</translation>
    </message>
    <message>
        <location filename="../../spacesgui/connection_check.py"/>
        <source>The bucket opened (without listing the account&apos;s buckets).</source>
        <translation>Der Bucket wurde geöffnet (ohne die Buckets des Kontos aufzulisten).</translation>
    </message>
    <message>
        <location filename="../../spacesgui/connection_check.py"/>
        <source>Skipped: there is no bucket to read it from.</source>
        <translation>Übersprungen: Es gibt keinen Bucket, aus dem sie gelesen werden kann.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/connection_check.py"/>
        <source>never enabled</source>
        <translation>nie aktiviert</translation>
    </message>
    <message>
        <location filename="../../spacesgui/connection_check.py"/>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <location filename="../../spacesgui/connection_check.py"/>
        <source>suspended</source>
        <translation>ausgesetzt</translation>
    </message>
    <message>
        <location filename="../../spacesgui/connection_check.py"/>
        <source>Versioning of {bucket}: {state}.</source>
        <translation>Versionierung von {bucket}: {state}.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/connection_check.py"/>
        <source>Bucket {bucket}</source>
        <translation>Bucket {bucket}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/connection_check.py"/>
        <source>Versioning of {bucket}</source>
        <translation>Versionierung von {bucket}</translation>
    </message>
</context>
<context>
    <name>connection_steps</name>
    <message>
        <location filename="../../spacesgui/connection_check.py"/>
        <location filename="../../spacesgui/ui/dialogs/connection_steps.py"/>
        <source>Open the pinned buckets</source>
        <translation>Die angehefteten Buckets öffnen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/connection_check.py"/>
        <location filename="../../spacesgui/ui/dialogs/connection_steps.py"/>
        <source>List the buckets</source>
        <translation>Die Buckets auflisten</translation>
    </message>
    <message>
        <location filename="../../spacesgui/connection_check.py"/>
        <location filename="../../spacesgui/ui/dialogs/connection_steps.py"/>
        <source>Reach the endpoint</source>
        <translation>Den Endpunkt erreichen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/connection_check.py"/>
        <location filename="../../spacesgui/ui/dialogs/connection_steps.py"/>
        <source>Sign in with the key</source>
        <translation>Mit dem Schlüssel anmelden</translation>
    </message>
    <message>
        <location filename="../../spacesgui/connection_check.py"/>
        <location filename="../../spacesgui/ui/dialogs/connection_steps.py"/>
        <source>Read a bucket setting</source>
        <translation>Eine Bucket-Einstellung lesen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/connection_steps.py"/>
        <source>No secret key is stored for this account. Edit the account and enter its secret key.</source>
        <translation>Für dieses Konto ist kein geheimer Schlüssel abgelegt. Bearbeiten Sie das Konto und geben Sie seinen geheimen Schlüssel ein.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/connection_steps.py"/>
        <source>Code: {code}</source>
        <translation>Code: {code}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/connection_steps.py"/>
        <source>Request ID: {request_id}</source>
        <translation>Anfrage-ID: {request_id}</translation>
    </message>
</context>
<context>
    <name>cors</name>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>Allow {method} requests from these origins.</source>
        <translation>{method}-Anfragen von diesen Ursprüngen erlauben.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>An optional name for the rule (unique).</source>
        <translation>Ein optionaler Name für die Regel (eindeutig).</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>Allowed origins</source>
        <translation>Erlaubte Ursprünge</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>https://example.com, or * for any site; one * wildcard at most. </source>
        <translation>https://example.com, oder * für jede Site; höchstens ein *-Platzhalter. </translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>Allowed headers</source>
        <translation>Erlaubte Header</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>Request headers a browser may send (Access-Control-Request-Headers). </source>
        <translation>Anfrage-Header, die ein Browser senden darf (Access-Control-Request-Headers). </translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>Exposed headers</source>
        <translation>Lesbare Header</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>Response headers scripts may read (such as ETag). </source>
        <translation>Antwort-Header, die Skripte lesen dürfen (etwa ETag). </translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>Max age (s)</source>
        <translation>Max. Alter (s)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>How long a browser may cache the preflight answer, in seconds.</source>
        <translation>Wie lange ein Browser die Preflight-Antwort zwischenspeichern darf, in Sekunden.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>Allowed</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>{verdict} (HTTP {status})</source>
        <translation>{verdict} (HTTP {status})</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>No rule allows this origin, method and headers.</source>
        <translation>Keine Regel erlaubt diesen Ursprung, diese Methode und diese Header.</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../spacesgui/__main__.py"/>
        <source>spacesgui hit a bug</source>
        <translation>spacesgui ist auf einen Fehler gestoßen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/__main__.py"/>
        <source>Something went wrong inside spacesgui. Your files on the server are not affected; unfinished transfers resume from the Transfers panel.
Please report this with the details below (they hold no secrets).</source>
        <translation>In spacesgui ist etwas schiefgegangen. Ihre Dateien auf dem Server sind nicht betroffen; unfertige Übertragungen lassen sich im Bereich „Übertragungen“ fortsetzen.
Bitte melden Sie den Fehler mit den Details unten (sie enthalten keine Geheimnisse).</translation>
    </message>
</context>
<context>
    <name>customer_keys</name>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>A customer key encrypts files on the server (SSE-C); the server does not keep it. Whoever loses the key loses the files, so export a copy to a safe place.</source>
        <translation>Ein Kundenschlüssel verschlüsselt Dateien auf dem Server (SSE-C); der Server behält ihn nicht. Wer den Schlüssel verliert, verliert die Dateien, exportieren Sie also eine Kopie an einen sicheren Ort.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>This account&apos;s endpoint uses plain HTTP, and a key would cross the network readable by anyone on the way, so spacesgui sends customer keys only over HTTPS. Keys kept here are used once the endpoint is https://.</source>
        <translation>Der Endpunkt dieses Kontos verwendet unverschlüsseltes HTTP, und ein Schlüssel wäre unterwegs für jeden lesbar, daher sendet spacesgui Kundenschlüssel nur über HTTPS. Hier aufbewahrte Schlüssel werden verwendet, sobald der Endpunkt https:// ist.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>The details are in the log.</source>
        <translation>Die Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>This is not allowed for this key. Keys limited to certain buckets cannot list all buckets or read bucket settings, and read-only keys cannot change anything.</source>
        <translation>Das ist für diesen Schlüssel nicht erlaubt. Auf bestimmte Buckets beschränkte Schlüssel können nicht alle Buckets auflisten oder Bucket-Einstellungen lesen, und Nur-Lese-Schlüssel können nichts ändern.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>The server rejected the request&apos;s signature. Usually the secret key is wrong: copy it again from the control panel. If it is right, check that this computer&apos;s clock is set correctly.</source>
        <translation>Der Server hat die Signatur der Anfrage abgelehnt. Meist ist der geheime Schlüssel falsch: Kopieren Sie ihn erneut aus dem Control Panel. Stimmt er, prüfen Sie, ob die Uhr dieses Computers richtig gestellt ist.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>This computer&apos;s clock differs too much from the server&apos;s. Turn on automatic time (network time) and try again.</source>
        <translation>Die Uhr dieses Computers weicht zu stark von der des Servers ab. Schalten Sie die automatische Zeit (Netzwerkzeit) ein und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>The server is busy and asked for fewer requests. Wait a minute and try again.</source>
        <translation>Der Server ist ausgelastet und hat um weniger Anfragen gebeten. Warten Sie eine Minute und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>The server is busy or briefly unavailable. Wait a minute and try again.</source>
        <translation>Der Server ist ausgelastet oder kurz nicht verfügbar. Warten Sie eine Minute und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>This bucket does not exist here. Check its name and the account&apos;s region: a bucket is only found at the endpoint of the region it was created in.</source>
        <translation>Diesen Bucket gibt es hier nicht. Prüfen Sie seinen Namen und die Region des Kontos: Ein Bucket ist nur am Endpunkt der Region zu finden, in der er angelegt wurde.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>The server does not know this access key ID. Check that it was copied in full and that the key has not been deleted in the control panel.</source>
        <translation>Der Server kennt diese Zugriffsschlüssel-ID nicht. Prüfen Sie, ob sie vollständig kopiert wurde und ob der Schlüssel im Control Panel nicht gelöscht wurde.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>The file no longer exists; someone may have moved or deleted it.</source>
        <translation>Die Datei existiert nicht mehr; jemand hat sie vielleicht verschoben oder gelöscht.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>The server does not accept this bucket name.</source>
        <translation>Der Server akzeptiert diesen Bucket-Namen nicht.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>That bucket name is taken; bucket names are shared by all users.</source>
        <translation>Dieser Bucket-Name ist vergeben; Bucket-Namen teilen sich alle Nutzer.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>The bucket still contains files; delete them first.</source>
        <translation>Der Bucket enthält noch Dateien; löschen Sie sie zuerst.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>This server does not support that feature.</source>
        <translation>Dieser Server unterstützt diese Funktion nicht.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>This file is encrypted with a customer key (SSE-C), and the server reads it only with that key. Choose the key it was encrypted with; the account&apos;s keys are under Accounts → Edit → Customer Keys.</source>
        <translation>Diese Datei ist mit einem Kundenschlüssel verschlüsselt (SSE-C), und der Server liest sie nur mit diesem Schlüssel. Wählen Sie den Schlüssel, mit dem sie verschlüsselt wurde; die Schlüssel des Kontos finden Sie unter Konten → Bearbeiten → Kundenschlüssel.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>This file is encrypted with a different customer key than the one chosen. Choose the key it was encrypted with; without it the file cannot be read.</source>
        <translation>Diese Datei ist mit einem anderen Kundenschlüssel verschlüsselt als dem gewählten. Wählen Sie den Schlüssel, mit dem sie verschlüsselt wurde; ohne ihn kann die Datei nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>The server would not describe this file. It is most likely encrypted with a customer key (SSE-C): choose the key it was encrypted with.</source>
        <translation>Der Server wollte diese Datei nicht beschreiben. Höchstwahrscheinlich ist sie mit einem Kundenschlüssel verschlüsselt (SSE-C): Wählen Sie den Schlüssel, mit dem sie verschlüsselt wurde.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>Code: {code}</source>
        <translation>Code: {code}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>Request ID: {request_id}</source>
        <translation>Anfrage-ID: {request_id}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>a different endpoint</source>
        <translation>einem anderen Endpunkt</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>Bucket “{bucket}”</source>
        <translation>Bucket „{bucket}“</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>This bucket</source>
        <translation>Dieser Bucket</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>{name} lives at {where}. Choose that region (or endpoint) for the account and try again.</source>
        <translation>{name} liegt bei {where}. Wählen Sie diese Region (oder diesen Endpunkt) für das Konto und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>The server refused this request for this key. {details}</source>
        <translation>Der Server hat diese Anfrage für diesen Schlüssel abgelehnt. {details}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>The server had a problem (HTTP {status}). Try again later. {details}</source>
        <translation>Der Server hatte ein Problem (HTTP {status}). Versuchen Sie es später erneut. {details}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>The server refused the request. {details}</source>
        <translation>Der Server hat die Anfrage abgelehnt. {details}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>Could not reach {endpoint}. Check the address, your internet connection and any proxy setting. ({error})</source>
        <translation>{endpoint} war nicht erreichbar. Prüfen Sie die Adresse, Ihre Internetverbindung und eventuelle Proxy-Einstellungen. ({error})</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>Could not reach the server. Check the address, your internet connection and any proxy setting. ({error})</source>
        <translation>Der Server war nicht erreichbar. Prüfen Sie die Adresse, Ihre Internetverbindung und eventuelle Proxy-Einstellungen. ({error})</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>The server sent an answer that is not a valid S3 response. The endpoint may not be an S3 server, or a proxy may be in the way. {details}</source>
        <translation>Der Server hat eine Antwort gesendet, die keine gültige S3-Antwort ist. Der Endpunkt ist vielleicht kein S3-Server, oder ein Proxy steht im Weg. {details}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>Something unexpected went wrong ({error}). {details}</source>
        <translation>Etwas Unerwartetes ist schiefgegangen ({error}). {details}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>Error: {error}</source>
        <translation>Fehler: {error}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>{reason} The secret key can be kept for this session only, and you will be asked for it again next time.</source>
        <translation>{reason} Der geheime Schlüssel kann nur für diese Sitzung behalten werden, und Sie werden beim nächsten Mal erneut danach gefragt.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>The server said: “{message}”</source>
        <translation>Der Server sagte: „{message}“</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>HTTP status: {status}</source>
        <translation>HTTP-Status: {status}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>Request ID</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>Host ID</source>
        <translation>Host-ID</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>{} image</source>
        <translation>{}-Bild</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>SVG image</source>
        <translation>SVG-Bild</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>{} video</source>
        <translation>{}-Video</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>{} audio</source>
        <translation>{}-Audio</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>Text document</source>
        <translation>Textdokument</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>Markdown document</source>
        <translation>Markdown-Dokument</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>{} data</source>
        <translation>{}-Daten</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>{} document</source>
        <translation>{}-Dokument</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>{} source</source>
        <translation>{}-Quelltext</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>{} page</source>
        <translation>{}-Seite</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>Shell script</source>
        <translation>Shell-Skript</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>{} archive</source>
        <translation>{}-Archiv</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>MPEG-TS video</source>
        <translation>MPEG-TS-Video</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>Python source</source>
        <translation>Python-Quelltext</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>JavaScript source</source>
        <translation>JavaScript-Quelltext</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>TypeScript source</source>
        <translation>TypeScript-Quelltext</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>Rust source</source>
        <translation>Rust-Quelltext</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>Go source</source>
        <translation>Go-Quelltext</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>Ruby source</source>
        <translation>Ruby-Quelltext</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>Word document</source>
        <translation>Word-Dokument</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>Excel spreadsheet</source>
        <translation>Excel-Tabelle</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>PowerPoint presentation</source>
        <translation>PowerPoint-Präsentation</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>OpenDocument text</source>
        <translation>OpenDocument-Text</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>OpenDocument spreadsheet</source>
        <translation>OpenDocument-Tabelle</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>OpenDocument presentation</source>
        <translation>OpenDocument-Präsentation</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>1 byte</source>
        <translation>1 Byte</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>{size} bytes</source>
        <translation>{size} Bytes</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>1 minute ago</source>
        <translation>vor 1 Minute</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>{n} minutes ago</source>
        <translation>vor {n} Minuten</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>1 hour ago</source>
        <translation>vor 1 Stunde</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>{n} hours ago</source>
        <translation>vor {n} Stunden</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>{} file</source>
        <translation>{}-Datei</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>incomplete</name>
    <message>
        <location filename="../../spacesgui/s3/transfer/incomplete.py"/>
        <source>Spaces deletes incomplete uploads by itself {days} days after they started; until then their parts are billed as storage.</source>
        <translation>Spaces löscht unvollständige Uploads {days} Tage nach ihrem Start von selbst; bis dahin werden ihre Teile als Speicher berechnet.</translation>
    </message>
</context>
<context>
    <name>incomplete_uploads</name>
    <message>
        <location filename="../../spacesgui/ui/models/incomplete_uploads.py"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/incomplete_uploads.py"/>
        <source>{n} days</source>
        <translation>{n} Tage</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/incomplete_uploads.py"/>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/incomplete_uploads.py"/>
        <source>{n} hours</source>
        <translation>{n} Stunden</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/incomplete_uploads.py"/>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/incomplete_uploads.py"/>
        <source>{n} minutes</source>
        <translation>{n} Minuten</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/incomplete_uploads.py"/>
        <source>under a minute</source>
        <translation>unter einer Minute</translation>
    </message>
</context>
<context>
    <name>key_choice</name>
    <message>
        <location filename="../../spacesgui/ui/key_choice.py"/>
        <source>This account has no customer keys yet: add the file&apos;s key in the account&apos;s Customer Keys tab (Accounts → Edit → Customer Keys), then try again.</source>
        <translation>Dieses Konto hat noch keine Kundenschlüssel: Fügen Sie den Schlüssel der Datei im Reiter „Kundenschlüssel“ des Kontos hinzu (Konten → Bearbeiten → Kundenschlüssel) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/key_choice.py"/>
        <source>The key chosen is not this file&apos;s key. Choose another:</source>
        <translation>Der gewählte Schlüssel ist nicht der Schlüssel dieser Datei. Wählen Sie einen anderen:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/key_choice.py"/>
        <source>This file is encrypted with a customer key. Read it with:</source>
        <translation>Diese Datei ist mit einem Kundenschlüssel verschlüsselt. Lesen mit:</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/key_choice.py"/>
        <source>Encrypt the upload with which customer key?
Only that key can read the files again.</source>
        <translation>Mit welchem Kundenschlüssel soll der Upload verschlüsselt werden?
Nur dieser Schlüssel kann die Dateien wieder lesen.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/key_choice.py"/>
        <source>No customer key (not encrypted with one)</source>
        <translation>Kein Kundenschlüssel (nicht damit verschlüsselt)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/key_choice.py"/>
        <source>Upload With Customer Key</source>
        <translation>Mit Kundenschlüssel hochladen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/key_choice.py"/>
        <source>&amp;Upload</source>
        <translation>&amp;Hochladen</translation>
    </message>
</context>
<context>
    <name>lifecycle</name>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>rule {number}</source>
        <translation>Regel {number}</translation>
    </message>
</context>
<context>
    <name>lifecycle_preview</name>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle_preview.py"/>
        <source>1 object</source>
        <translation>1 Objekt</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle_preview.py"/>
        <source>{count:,} objects</source>
        <translation>{count:,} Objekte</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle_preview.py"/>
        <source>{count:,} bytes</source>
        <translation>{count:,} Bytes</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle_preview.py"/>
        <source>under “{prefix}”</source>
        <translation>unter „{prefix}“</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle_preview.py"/>
        <source>in the bucket</source>
        <translation>im Bucket</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle_preview.py"/>
        <source>At least {due} {where} are already due to expire. The preview stopped after looking at {limit:,} objects; there are more.</source>
        <translation>Mindestens {due} {where} müssten bereits ablaufen. Die Vorschau hat nach {limit:,} Objekten aufgehört; es gibt weitere.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle_preview.py"/>
        <source>{due} of the {examined} {where} are already due to expire: they would be deleted at the server&apos;s next lifecycle run.</source>
        <translation>{due} der {examined} {where} müssten bereits ablaufen: Sie würden beim nächsten Lebenszyklus-Lauf des Servers gelöscht.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle_preview.py"/>
        <source> {undated} came without a modification time and were not counted.</source>
        <translation> {undated} kamen ohne Änderungszeit und wurden nicht gezählt.</translation>
    </message>
</context>
<context>
    <name>names</name>
    <message>
        <location filename="../../spacesgui/s3/names.py"/>
        <source>Enter a bucket name.</source>
        <translation>Geben Sie einen Bucket-Namen ein.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/names.py"/>
        <source>A bucket name needs at least {min} characters (this one has {length}).</source>
        <translation>Ein Bucket-Name braucht mindestens {min} Zeichen (dieser hat {length}).</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/names.py"/>
        <source>A bucket name can have at most {max} characters (this one has {length}).</source>
        <translation>Ein Bucket-Name darf höchstens {max} Zeichen haben (dieser hat {length}).</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/names.py"/>
        <source>Use lowercase letters only (found {characters}).</source>
        <translation>Nur Kleinbuchstaben verwenden (gefunden: {characters}).</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/names.py"/>
        <source>A bucket name can contain only lowercase letters, digits, hyphens (-) and dots (.); remove {characters}.</source>
        <translation>Ein Bucket-Name darf nur Kleinbuchstaben, Ziffern, Bindestriche (-) und Punkte (.) enthalten; entfernen Sie {characters}.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/names.py"/>
        <source>A bucket name must start with a letter or a digit.</source>
        <translation>Ein Bucket-Name muss mit einem Buchstaben oder einer Ziffer beginnen.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/names.py"/>
        <source>A bucket name must end with a letter or a digit.</source>
        <translation>Ein Bucket-Name muss mit einem Buchstaben oder einer Ziffer enden.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/names.py"/>
        <source>A bucket name cannot contain two dots in a row (..).</source>
        <translation>Ein Bucket-Name darf keine zwei Punkte hintereinander enthalten (..).</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/names.py"/>
        <source>A bucket name cannot have a hyphen right next to a dot (.- or -.).</source>
        <translation>In einem Bucket-Namen darf kein Bindestrich direkt neben einem Punkt stehen (.- oder -.).</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/names.py"/>
        <source>A bucket name cannot look like an IP address (such as 192.168.5.4).</source>
        <translation>Ein Bucket-Name darf nicht wie eine IP-Adresse aussehen (etwa 192.168.5.4).</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/names.py"/>
        <source>A bucket name cannot start with &apos;xn--&apos; (reserved for encoded domains).</source>
        <translation>Ein Bucket-Name darf nicht mit &apos;xn--&apos; beginnen (reserviert für codierte Domains).</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/names.py"/>
        <source>A bucket name cannot end with &apos;-s3alias&apos; (reserved for access points).</source>
        <translation>Ein Bucket-Name darf nicht auf &apos;-s3alias&apos; enden (reserviert für Access Points).</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/names.py"/>
        <source>Dots in a bucket name break HTTPS for bucket.region.digitaloceanspaces.com addresses (the certificate does not cover them) and the Spaces CDN cannot serve the bucket. Use hyphens instead, for example {suggestion}.</source>
        <translation>Punkte in einem Bucket-Namen verhindern HTTPS für Adressen der Form bucket.region.digitaloceanspaces.com (das Zertifikat deckt sie nicht ab), und das Spaces-CDN kann den Bucket nicht ausliefern. Verwenden Sie stattdessen Bindestriche, zum Beispiel {suggestion}.</translation>
    </message>
</context>
<context>
    <name>policy</name>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/policy.py"/>
        <source>A prefix starts without “/”, such as public/ or images/2024/</source>
        <translation>Ein Präfix beginnt ohne „/“, etwa public/ oder images/2024/</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/policy.py"/>
        <source>Type the prefix itself; the template adds the “*”</source>
        <translation>Geben Sie das Präfix selbst ein; die Vorlage fügt das „*“ an</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/policy.py"/>
        <source>Name the user, such as arn:aws:iam:::user/reader</source>
        <translation>Nennen Sie den Benutzer, etwa arn:aws:iam:::user/reader</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/policy.py"/>
        <source>Type an address range, such as 203.0.113.0/24</source>
        <translation>Geben Sie einen Adressbereich ein, etwa 203.0.113.0/24</translation>
    </message>
</context>
<context>
    <name>preferences</name>
    <message>
        <location filename="../../spacesgui/preferences.py"/>
        <source>{count} MiB</source>
        <translation>{count} MiB</translation>
    </message>
    <message>
        <location filename="../../spacesgui/preferences.py"/>
        <source>{count} bytes</source>
        <translation>{count} Bytes</translation>
    </message>
    <message>
        <location filename="../../spacesgui/preferences.py"/>
        <source>Parallel transfers</source>
        <translation>Parallele Übertragungen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/preferences.py"/>
        <source>Parts in flight</source>
        <translation>Gleichzeitige Teile</translation>
    </message>
    <message>
        <location filename="../../spacesgui/preferences.py"/>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/preferences.py"/>
        <source>{setting} must be {low} to {high}, not {value}.</source>
        <translation>{setting} muss zwischen {low} und {high} liegen, nicht {value}.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/preferences.py"/>
        <source>The part size must be {low} to {high}, not {value}.</source>
        <translation>Die Teilgröße muss zwischen {low} und {high} liegen, nicht {value}.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/preferences.py"/>
        <source>The upload limit must be unlimited or {low} KiB/s to {high} MiB/s, not {value} bytes/s.</source>
        <translation>Die Upload-Grenze muss unbegrenzt sein oder zwischen {low} KiB/s und {high} MiB/s liegen, nicht {value} Bytes/s.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/preferences.py"/>
        <source>The download limit must be unlimited or {low} KiB/s to {high} MiB/s, not {value} bytes/s.</source>
        <translation>Die Download-Grenze muss unbegrenzt sein oder zwischen {low} KiB/s und {high} MiB/s liegen, nicht {value} Bytes/s.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/preferences.py"/>
        <source>The download folder must be a full path, not “{folder}”.</source>
        <translation>Der Download-Ordner muss ein vollständiger Pfad sein, nicht „{folder}“.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/preferences.py"/>
        <source>The file does not hold a set of named values.</source>
        <translation>Die Datei enthält keine Menge benannter Werte.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/preferences.py"/>
        <source>“{name}” has the unusable value {value}.</source>
        <translation>„{name}“ hat den unbrauchbaren Wert {value}.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/preferences.py"/>
        <source>it could not be read ({error})</source>
        <translation>die Datei konnte nicht gelesen werden ({error})</translation>
    </message>
    <message>
        <location filename="../../spacesgui/preferences.py"/>
        <source>it is damaged at line {line}</source>
        <translation>die Datei ist in Zeile {line} beschädigt</translation>
    </message>
    <message>
        <location filename="../../spacesgui/preferences.py"/>
        <source>it is damaged</source>
        <translation>die Datei ist beschädigt</translation>
    </message>
    <message>
        <location filename="../../spacesgui/preferences.py"/>
        <source>it was written by a newer version of spacesgui</source>
        <translation>die Datei stammt von einer neueren Version von spacesgui</translation>
    </message>
    <message>
        <location filename="../../spacesgui/preferences.py"/>
        <source>Some preferences in {path} could not be used, so their defaults apply:
{problems}
Saving the preferences keeps the old file beside the new one.</source>
        <translation>Einige Einstellungen in {path} waren nicht verwendbar, daher gelten ihre Standardwerte:
{problems}
Beim Speichern der Einstellungen bleibt die alte Datei neben der neuen erhalten.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/preferences.py"/>
        <source>The preferences in {path} cannot be used: {why}. The defaults apply until you save the preferences; the old file is then kept beside the new one.</source>
        <translation>Die Einstellungen in {path} sind nicht verwendbar: {why}. Die Standardwerte gelten, bis Sie die Einstellungen speichern; die alte Datei bleibt dann neben der neuen erhalten.</translation>
    </message>
</context>
<context>
    <name>preview</name>
    <message>
        <location filename="../../spacesgui/ui/preview.py"/>
        <source>Latin-1 (not valid UTF-8)</source>
        <translation>Latin-1 (kein gültiges UTF-8)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/preview.py"/>
        <source>The image is larger than {limit}.</source>
        <translation>Das Bild ist größer als {limit}.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/preview.py"/>
        <source>The image could not be decoded: {error}.</source>
        <translation>Das Bild konnte nicht dekodiert werden: {error}.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/preview.py"/>
        <source>Open “{name}”</source>
        <translation>„{name}“ öffnen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/preview.py"/>
        <source>No program is set up to open this kind of file. The copy is at {local}.</source>
        <translation>Für diese Art Datei ist kein Programm eingerichtet. Die Kopie liegt unter {local}.</translation>
    </message>
</context>
<context>
    <name>properties</name>
    <message>
        <location filename="../../spacesgui/s3/transfer/properties.py"/>
        <source>A metadata name is empty.</source>
        <translation>Ein Metadaten-Name ist leer.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/transfer/properties.py"/>
        <source>Metadata name {name} may hold only letters, digits and - _ . ! # $ % &amp; &apos; * + ^ ` | ~ (no spaces).</source>
        <translation>Der Metadaten-Name {name} darf nur Buchstaben, Ziffern und - _ . ! # $ % &amp; &apos; * + ^ ` | ~ enthalten (keine Leerzeichen).</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/transfer/properties.py"/>
        <source>Metadata name {name} appears twice (names ignore case).</source>
        <translation>Der Metadaten-Name {name} kommt doppelt vor (Groß-/Kleinschreibung zählt nicht).</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/transfer/properties.py"/>
        <source>Metadata totals {total} bytes; S3 allows {max}.</source>
        <translation>Die Metadaten umfassen {total} Bytes; S3 erlaubt {max}.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/transfer/properties.py"/>
        <source>Tag {name} appears twice.</source>
        <translation>Das Tag {name} kommt doppelt vor.</translation>
    </message>
</context>
<context>
    <name>sandbox</name>
    <message>
        <location filename="../../spacesgui/sandbox.py"/>
        <source>Local sandbox</source>
        <translation>Lokale Sandbox</translation>
    </message>
    <message>
        <location filename="../../spacesgui/sandbox.py"/>
        <source>Offline sample data, not saved: a server inside this app (127.0.0.1).
Everything here is gone when the app closes.</source>
        <translation>Offline-Beispieldaten, nicht gespeichert: ein Server in dieser App (127.0.0.1).
Alles hier ist weg, wenn die App geschlossen wird.</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../spacesgui/s3/models/config.py"/>
        <source>CORS rule {id}</source>
        <translation>CORS-Regel {id}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/config.py"/>
        <source>A CORS rule</source>
        <translation>Eine CORS-Regel</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/config.py"/>
        <source>{rule} needs at least one allowed origin (such as https://example.com or *)</source>
        <translation>{rule} braucht mindestens einen erlaubten Ursprung (etwa https://example.com oder *)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/config.py"/>
        <location filename="../../spacesgui/s3/settings/cors.py"/>
        <source>{rule}: {problem}</source>
        <translation>{rule}: {problem}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/config.py"/>
        <source>{rule} needs at least one method ({methods})</source>
        <translation>{rule} braucht mindestens eine Methode ({methods})</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/config.py"/>
        <source>{rule}: {method} is not a CORS method S3 accepts; use {methods} (upper case)</source>
        <translation>{rule}: {method} ist keine CORS-Methode, die S3 akzeptiert; verwenden Sie {methods} (in Großbuchstaben)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/config.py"/>
        <source>{rule}: the allowed header {header} must not be empty and may contain at most one * wildcard</source>
        <translation>{rule}: Der erlaubte Header {header} darf nicht leer sein und höchstens einen Platzhalter * enthalten</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/config.py"/>
        <source>{rule} has an empty exposed header</source>
        <translation>{rule} hat einen leeren offengelegten Header</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/config.py"/>
        <source>{rule}: the max age must not be negative</source>
        <translation>{rule}: Das Max-Age darf nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/config.py"/>
        <location filename="../../spacesgui/s3/models/config_lifecycle.py"/>
        <source>{rule}: an id is at most {max} characters</source>
        <translation>{rule}: Eine ID hat höchstens {max} Zeichen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/config.py"/>
        <source>an empty origin matches no browser</source>
        <translation>ein leerer Ursprung passt zu keinem Browser</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/config.py"/>
        <source>the origin {origin} has spaces around it</source>
        <translation>der Ursprung {origin} ist von Leerzeichen umgeben</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/config.py"/>
        <source>the origin {origin} may contain at most one * wildcard</source>
        <translation>der Ursprung {origin} darf höchstens einen Platzhalter * enthalten</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/config.py"/>
        <source>the origin {origin} must be * or a web address such as https://example.com</source>
        <translation>der Ursprung {origin} muss * oder eine Webadresse wie https://example.com sein</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/config.py"/>
        <source>the origin {origin} must start with http:// or https://</source>
        <translation>der Ursprung {origin} muss mit http:// oder https:// beginnen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/config.py"/>
        <source>the origin {origin} must not have a path: browsers send only scheme://host[:port]</source>
        <translation>der Ursprung {origin} darf keinen Pfad haben: Browser senden nur schema://host[:port]</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/config.py"/>
        <source>the origin {origin} has no valid host name</source>
        <translation>der Ursprung {origin} hat keinen gültigen Hostnamen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/config.py"/>
        <source>the origin {origin} has an invalid port</source>
        <translation>der Ursprung {origin} hat einen ungültigen Port</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/config.py"/>
        <source>A CORS configuration needs at least one rule (delete the configuration to remove CORS)</source>
        <translation>Eine CORS-Konfiguration braucht mindestens eine Regel (löschen Sie die Konfiguration, um CORS zu entfernen)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/config.py"/>
        <source>At most {max} CORS rules are allowed, not {count}</source>
        <translation>Höchstens {max} CORS-Regeln sind erlaubt, nicht {count}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/config.py"/>
        <source>A routing rule can replace the key prefix or the whole key, not both</source>
        <translation>Eine Routing-Regel kann das Schlüsselpräfix oder den ganzen Schlüssel ersetzen, nicht beides</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/config.py"/>
        <source>A routing rule must say where to redirect (host, protocol, code or key replacement)</source>
        <translation>Eine Routing-Regel muss angeben, wohin umgeleitet wird (Host, Protokoll, Code oder Schlüsselersetzung)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/config.py"/>
        <source>A redirect code must be a 3xx status such as 301, not {code}</source>
        <translation>Ein Umleitungscode muss ein 3xx-Status wie 301 sein, nicht {code}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/config.py"/>
        <source>The error code condition must be a 4xx or 5xx status, not {code}</source>
        <translation>Die Fehlercode-Bedingung muss ein 4xx- oder 5xx-Status sein, nicht {code}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/config.py"/>
        <source>The redirect host name is empty</source>
        <translation>Der Hostname der Umleitung ist leer</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/config.py"/>
        <source>Give the redirect host without a scheme ({host}); choose the protocol apart</source>
        <translation>Geben Sie den Umleitungshost ohne Schema an ({host}); wählen Sie das Protokoll getrennt</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/config.py"/>
        <source>The redirect host {host} must be a host name only, without a path or spaces</source>
        <translation>Der Umleitungshost {host} muss ein reiner Hostname sein, ohne Pfad oder Leerzeichen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/config.py"/>
        <source>Redirect protocol must be http or https, not {protocol}</source>
        <translation>Das Umleitungsprotokoll muss http oder https sein, nicht {protocol}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/config.py"/>
        <source>Redirecting all requests excludes index and error documents and routing rules</source>
        <translation>Das Umleiten aller Anfragen schließt Index- und Fehlerdokumente sowie Routing-Regeln aus</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/config.py"/>
        <source>A website needs an index document (such as index.html)</source>
        <translation>Eine Website braucht ein Indexdokument (etwa index.html)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/config.py"/>
        <source>The index document suffix {suffix} must not contain &apos;/&apos;</source>
        <translation>Das Indexdokument-Suffix {suffix} darf kein &apos;/&apos; enthalten</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/config.py"/>
        <source>The error document key must not be empty (leave it unset instead)</source>
        <translation>Der Schlüssel des Fehlerdokuments darf nicht leer sein (lassen Sie ihn stattdessen ungesetzt)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/config.py"/>
        <source>At most {max} routing rules are allowed</source>
        <translation>Höchstens {max} Routing-Regeln sind erlaubt</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/config.py"/>
        <source>A log prefix or log grants need a target bucket</source>
        <translation>Ein Protokoll-Präfix oder Protokoll-Berechtigungen brauchen einen Ziel-Bucket</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/config.py"/>
        <source>The log target bucket name is empty</source>
        <translation>Der Name des Ziel-Buckets für Protokolle ist leer</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/config.py"/>
        <source>Log target bucket: {problem}</source>
        <translation>Ziel-Bucket für Protokolle: {problem}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/config.py"/>
        <source>Spaces needs the logs to go to a different bucket than the one logged</source>
        <translation>Spaces verlangt, dass die Protokolle in einen anderen Bucket gehen als den protokollierten</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/config_lifecycle.py"/>
        <source>Lifecycle rule {id}</source>
        <translation>Lebenszyklus-Regel {id}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/config_lifecycle.py"/>
        <source>A lifecycle rule</source>
        <translation>Eine Lebenszyklus-Regel</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/config_lifecycle.py"/>
        <source>{rule} does nothing: give it an expiration or an abort of incomplete multipart uploads</source>
        <translation>{rule} tut nichts: Geben Sie ihr einen Ablauf oder ein Abbrechen unvollständiger Multipart-Uploads</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/config_lifecycle.py"/>
        <source>{rule}: an expiration is after a number of days, on a date, or for expired delete markers; choose one</source>
        <translation>{rule}: Ein Ablauf erfolgt nach einer Anzahl Tage, an einem Datum oder für abgelaufene Löschmarkierungen; wählen Sie eines davon</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/config_lifecycle.py"/>
        <source>expiration</source>
        <translation>den Ablauf</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/config_lifecycle.py"/>
        <source>abort of incomplete uploads</source>
        <translation>das Abbrechen unvollständiger Uploads</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/config_lifecycle.py"/>
        <source>noncurrent-version expiration</source>
        <translation>den Ablauf nicht aktueller Versionen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/config_lifecycle.py"/>
        <source>{rule}: the {what} must be at least 1 day, not {days}</source>
        <translation>{rule}: Die Frist für {what} muss mindestens 1 Tag betragen, nicht {days}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/config_lifecycle.py"/>
        <source>{rule}: the expiration date must be midnight UTC (00:00:00Z), not {date}</source>
        <translation>{rule}: Das Ablaufdatum muss Mitternacht UTC sein (00:00:00Z), nicht {date}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/config_lifecycle.py"/>
        <source>{rule}: Spaces does not support transitions to other storage classes; only Expiration and AbortIncompleteMultipartUpload run</source>
        <translation>{rule}: Spaces unterstützt keine Übergänge in andere Speicherklassen; nur Expiration und AbortIncompleteMultipartUpload werden ausgeführt</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/config_lifecycle.py"/>
        <source>{rule}: Spaces does not support tag filters in lifecycle rules; filter by prefix only</source>
        <translation>{rule}: Spaces unterstützt keine Tag-Filter in Lebenszyklus-Regeln; filtern Sie nur nach Präfix</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/config_lifecycle.py"/>
        <source>{rule}: the legacy lifecycle format cannot filter by tag</source>
        <translation>{rule}: Das alte Lebenszyklus-Format kann nicht nach Tags filtern</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/config_lifecycle.py"/>
        <source>A lifecycle configuration needs at least one rule (delete the configuration to remove all rules)</source>
        <translation>Eine Lebenszyklus-Konfiguration braucht mindestens eine Regel (löschen Sie die Konfiguration, um alle Regeln zu entfernen)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/config_lifecycle.py"/>
        <source>At most {max} lifecycle rules are allowed, not {count}</source>
        <translation>Höchstens {max} Lebenszyklus-Regeln sind erlaubt, nicht {count}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/policy.py"/>
        <source>The policy is not valid JSON: {error} at line {line}, column {column}</source>
        <translation>Die Richtlinie ist kein gültiges JSON: {error} in Zeile {line}, Spalte {column}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/policy.py"/>
        <source>The policy is empty (delete the policy to remove it)</source>
        <translation>Die Richtlinie ist leer (löschen Sie die Richtlinie, um sie zu entfernen)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/policy.py"/>
        <source>A bucket policy must be a JSON object ({braces}), not a {kind}</source>
        <translation>Eine Bucket-Richtlinie muss ein JSON-Objekt ({braces}) sein, nicht {kind}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/policy.py"/>
        <source>The key {name} appears twice in one object; only the last one would count</source>
        <translation>Der Schlüssel {name} kommt in einem Objekt doppelt vor; nur der letzte würde zählen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/policy.py"/>
        <source>Unknown policy element {name}; a policy has Version, Id and Statement</source>
        <translation>Unbekanntes Richtlinienelement {name}; eine Richtlinie hat Version, Id und Statement</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/policy.py"/>
        <source>The policy needs a &quot;Version&quot;, normally &quot;2012-10-17&quot;</source>
        <translation>Die Richtlinie braucht eine &quot;Version&quot;, normalerweise &quot;2012-10-17&quot;</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/policy.py"/>
        <source>The policy &quot;Version&quot; must be &quot;2012-10-17&quot; (or &quot;2008-10-17&quot;), not {version}</source>
        <translation>Die &quot;Version&quot; der Richtlinie muss &quot;2012-10-17&quot; (oder &quot;2008-10-17&quot;) sein, nicht {version}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/policy.py"/>
        <source>The policy needs a &quot;Statement&quot; (a list of rules)</source>
        <translation>Die Richtlinie braucht ein &quot;Statement&quot; (eine Liste von Regeln)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/policy.py"/>
        <source>&quot;Statement&quot; must be a non-empty list of rules</source>
        <translation>&quot;Statement&quot; muss eine nicht leere Liste von Regeln sein</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/policy.py"/>
        <source>Two statements share the Sid {sid}; a Sid must be unique</source>
        <translation>Zwei Anweisungen haben dieselbe Sid {sid}; eine Sid muss eindeutig sein</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/policy.py"/>
        <source>Statement {number} must be a JSON object</source>
        <translation>Anweisung {number} muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/policy.py"/>
        <source>Statement {name}</source>
        <translation>Anweisung {name}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/policy.py"/>
        <source>{statement}: {problem}</source>
        <translation>{statement}: {problem}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/policy.py"/>
        <source>{statement}: &quot;{element}&quot; {problem}</source>
        <translation>{statement}: &quot;{element}&quot; {problem}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/policy.py"/>
        <source>{statement}: unknown element {name}; a statement has {elements}</source>
        <translation>{statement}: unbekanntes Element {name}; eine Anweisung hat {elements}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/policy.py"/>
        <source>{statement}: &quot;Sid&quot; must be a string</source>
        <translation>{statement}: &quot;Sid&quot; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/policy.py"/>
        <source>{statement}: &quot;Effect&quot; must be &quot;Allow&quot; or &quot;Deny&quot;, not {effect}</source>
        <translation>{statement}: &quot;Effect&quot; muss &quot;Allow&quot; oder &quot;Deny&quot; sein, nicht {effect}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/policy.py"/>
        <source>{statement} needs an &quot;Action&quot; (such as &quot;s3:GetObject&quot;)</source>
        <translation>{statement} braucht eine &quot;Action&quot; (etwa &quot;s3:GetObject&quot;)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/policy.py"/>
        <source>{statement} needs a &quot;Resource&quot; (such as &quot;arn:aws:s3:::bucket/*&quot;)</source>
        <translation>{statement} braucht eine &quot;Resource&quot; (etwa &quot;arn:aws:s3:::bucket/*&quot;)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/policy.py"/>
        <source>{statement} needs a &quot;Principal&quot; (who it applies to; &quot;*&quot; is everyone)</source>
        <translation>{statement} braucht einen &quot;Principal&quot; (für wen sie gilt; &quot;*&quot; ist jeder)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/policy.py"/>
        <source>{statement}: &quot;{element}&quot; must be a string or a non-empty list of strings</source>
        <translation>{statement}: &quot;{element}&quot; muss eine Zeichenkette oder eine nicht leere Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/policy.py"/>
        <source>the action {action} is not an S3 action such as &quot;s3:GetObject&quot; or &quot;s3:*&quot;</source>
        <translation>die Aktion {action} ist keine S3-Aktion wie &quot;s3:GetObject&quot; oder &quot;s3:*&quot;</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/policy.py"/>
        <source>must name users: {example} or a list of them</source>
        <translation>muss Benutzer nennen: {example} oder eine Liste davon</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/policy.py"/>
        <source>must be &quot;*&quot; (everyone) or {example} naming users</source>
        <translation>muss &quot;*&quot; (jeder) oder {example} mit Benutzern sein</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/policy.py"/>
        <source>the resource {resource} must be an S3 ARN such as {example}</source>
        <translation>die Ressource {resource} muss ein S3-ARN wie {example} sein</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/policy.py"/>
        <source>the resource {resource} names the bucket {named}; a policy on {bucket} can only name {arn} or keys under {arn}/</source>
        <translation>die Ressource {resource} nennt den Bucket {named}; eine Richtlinie für {bucket} kann nur {arn} oder Schlüssel unter {arn}/ nennen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/policy.py"/>
        <source>the resource {resource} names no bucket</source>
        <translation>die Ressource {resource} nennt keinen Bucket</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/policy.py"/>
        <source>&quot;Condition&quot; must be an object of operators, such as {example}</source>
        <translation>&quot;Condition&quot; muss ein Objekt aus Operatoren sein, etwa {example}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/policy.py"/>
        <source>the condition {operator} must map keys to values, such as {example}</source>
        <translation>die Bedingung {operator} muss Schlüssel auf Werte abbilden, etwa {example}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/problem.py"/>
        <source>Two {kind} rules share the id {id}; ids must be unique</source>
        <translation>Zwei {kind}-Regeln haben dieselbe ID {id}; IDs müssen eindeutig sein</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/problem.py"/>
        <source>Two CORS rules share the id {id}; ids must be unique</source>
        <translation>Zwei CORS-Regeln haben dieselbe ID {id}; IDs müssen eindeutig sein</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/problem.py"/>
        <source>Two lifecycle rules share the id {id}; ids must be unique</source>
        <translation>Zwei Lebenszyklus-Regeln haben dieselbe ID {id}; IDs müssen eindeutig sein</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/models/problem.py"/>
        <source>Two policy rules share the id {id}; ids must be unique</source>
        <translation>Zwei Richtlinienregeln haben dieselbe ID {id}; IDs müssen eindeutig sein</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/settings/acl.py"/>
        <source>Public read on a bucket is what DigitalOcean calls “file listing”: anyone can list the names, sizes and dates of the files in the bucket without signing in. It does not let them download the files; each file&apos;s own permissions (or a bucket policy) decide that.</source>
        <translation>Öffentliches Lesen eines Buckets nennt DigitalOcean „Dateiliste“: Jeder kann ohne Anmeldung die Namen, Größen und Daten der Dateien im Bucket auflisten. Herunterladen kann er die Dateien damit nicht; das entscheiden die Berechtigungen jeder Datei (oder eine Bucket-Richtlinie).</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/settings/acl.py"/>
        <source>Everyone (AllUsers)</source>
        <translation>Jeder (AllUsers)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/settings/acl.py"/>
        <source>Any signed-in user (AuthenticatedUsers)</source>
        <translation>Jeder angemeldete Benutzer (AuthenticatedUsers)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/settings/acl.py"/>
        <source>Log delivery (LogDelivery)</source>
        <translation>Protokollzustellung (LogDelivery)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/settings/acl.py"/>
        <source>full control</source>
        <translation>Vollzugriff</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/settings/acl.py"/>
        <source>read (list)</source>
        <translation>lesen (auflisten)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/settings/acl.py"/>
        <source>write (create, overwrite, delete)</source>
        <translation>schreiben (anlegen, überschreiben, löschen)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/settings/acl.py"/>
        <source>read the permissions</source>
        <translation>Berechtigungen lesen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/settings/acl.py"/>
        <source>change the permissions</source>
        <translation>Berechtigungen ändern</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/settings/acl.py"/>
        <source>Group {group}</source>
        <translation>Gruppe {group}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/settings/acl.py"/>
        <source>Owner {name}</source>
        <translation>Eigentümer {name}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/settings/acl.py"/>
        <source>User {name}</source>
        <translation>Benutzer {name}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/settings/acl.py"/>
        <source>Email {address}</source>
        <translation>E-Mail {address}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/settings/acl.py"/>
        <source>{grantee}: {permission}</source>
        <translation>{grantee}: {permission}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/settings/base.py"/>
        <source>This server does not offer this setting.</source>
        <translation>Dieser Server bietet diese Einstellung nicht an.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/settings/base.py"/>
        <source>This server does not allow this setting on this bucket.</source>
        <translation>Dieser Server erlaubt diese Einstellung für diesen Bucket nicht.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/settings/base.py"/>
        <source>These credentials may not read this setting. On Spaces, bucket settings need a key with full access; a key limited to certain buckets is refused.</source>
        <translation>Diese Zugangsdaten dürfen diese Einstellung nicht lesen. Bei Spaces brauchen Bucket-Einstellungen einen Schlüssel mit Vollzugriff; ein auf bestimmte Buckets beschränkter Schlüssel wird abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/settings/base.py"/>
        <source>{reason} (the server answered {code}, HTTP {status}, Request ID: {request_id})</source>
        <translation>{reason} (der Server antwortete {code}, HTTP {status}, Anfrage-ID: {request_id})</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/settings/base.py"/>
        <source>{reason} (the server answered {code}, HTTP {status})</source>
        <translation>{reason} (der Server antwortete {code}, HTTP {status})</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/settings/base.py"/>
        <source>The number</source>
        <translation>Die Zahl</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/settings/base.py"/>
        <source>{what} must be a whole number, not {text}</source>
        <translation>{what} muss eine ganze Zahl sein, nicht {text}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/settings/base.py"/>
        <source>{what} must be at least {minimum}, not {value}</source>
        <translation>{what} muss mindestens {minimum} sein, nicht {value}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/settings/cors.py"/>
        <source>Rule {number} ({id})</source>
        <translation>Regel {number} ({id})</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/settings/cors.py"/>
        <source>Rule {number}</source>
        <translation>Regel {number}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/settings/lifecycle.py"/>
        <source>The number of days</source>
        <translation>Die Anzahl der Tage</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/settings/lifecycle.py"/>
        <source>rule {number} ({id})</source>
        <translation>Regel {number} ({id})</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/settings/lifecycle.py"/>
        <source>rule {number}</source>
        <translation>Regel {number}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/settings/lifecycle.py"/>
        <source>{rule} filters by object tags</source>
        <translation>{rule} filtert nach Objekt-Tags</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/settings/lifecycle.py"/>
        <source>{rule} moves objects to another storage class</source>
        <translation>{rule} verschiebt Objekte in eine andere Speicherklasse</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/settings/lifecycle.py"/>
        <source>{rule} uses {elements}</source>
        <translation>{rule} verwendet {elements}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/settings/lifecycle.py"/>
        <source>This configuration is shown read-only because {reasons}. Spaces runs only expirations and aborts of incomplete uploads, filtered by prefix, and saving from here would drop the rest. Change it with a tool that understands it, or remove every rule and start again.</source>
        <translation>Diese Konfiguration wird schreibgeschützt gezeigt, weil {reasons}. Spaces führt nur Abläufe und das Abbrechen unvollständiger Uploads aus, gefiltert nach Präfix, und Speichern von hier würde den Rest verwerfen. Ändern Sie sie mit einem Werkzeug, das sie versteht, oder entfernen Sie alle Regeln und beginnen Sie neu.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/settings/lifecycle.py"/>
        <source>only objects tagged {tags}</source>
        <translation>nur Objekte mit den Tags {tags}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/settings/lifecycle.py"/>
        <source>noncurrent versions</source>
        <translation>nicht aktuelle Versionen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/settings/lifecycle.py"/>
        <source>objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/settings/lifecycle.py"/>
        <source>moves {what} to {storage_class} after {days}</source>
        <translation>verschiebt {what} nach {days} in {storage_class}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/settings/lifecycle.py"/>
        <source>moves {what} to {storage_class} on {date}</source>
        <translation>verschiebt {what} am {date} in {storage_class}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/settings/lifecycle.py"/>
        <source>moves {what} to {storage_class}</source>
        <translation>verschiebt {what} in {storage_class}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/settings/lifecycle.py"/>
        <source>uses {element}</source>
        <translation>verwendet {element}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/settings/lifecycle.py"/>
        <source>Type after how many days objects expire</source>
        <translation>Geben Sie ein, nach wie vielen Tagen Objekte ablaufen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/settings/lifecycle.py"/>
        <source>Choose the date objects expire on</source>
        <translation>Wählen Sie das Datum, an dem Objekte ablaufen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/settings/lifecycle.py"/>
        <source>expire after {days}</source>
        <translation>Ablauf nach {days}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/settings/lifecycle.py"/>
        <source>expire on {date}</source>
        <translation>Ablauf am {date}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/settings/lifecycle.py"/>
        <source>remove expired delete markers</source>
        <translation>abgelaufene Löschmarkierungen entfernen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/settings/lifecycle.py"/>
        <source>noncurrent versions after {days}</source>
        <translation>nicht aktuelle Versionen nach {days}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/settings/lifecycle.py"/>
        <source>abort unfinished uploads after {days}</source>
        <translation>unfertige Uploads nach {days} abbrechen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/settings/lifecycle.py"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/settings/lifecycle.py"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/settings/lifecycle.py"/>
        <source>{count} days</source>
        <translation>{count} Tagen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/settings/policy.py"/>
        <source>On DigitalOcean Spaces, access keys limited to certain buckets do not work with bucket policies: a policy does not change what such a key may do. Its access is set where the key is made, in the control panel.</source>
        <translation>Bei DigitalOcean Spaces wirken Bucket-Richtlinien nicht auf Zugriffsschlüssel, die auf bestimmte Buckets beschränkt sind: Eine Richtlinie ändert nicht, was ein solcher Schlüssel darf. Sein Zugriff wird dort festgelegt, wo der Schlüssel erstellt wird, im Control Panel.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/settings/policy.py"/>
        <source>A Deny of every action (s3:*) applies to you as well: Ceph RGW, the engine behind Spaces, then refuses even reading or deleting this policy, leaving the bucket unreachable. Deny the data actions you mean instead.</source>
        <translation>Ein Deny für jede Aktion (s3:*) gilt auch für Sie: Ceph RGW, die Technik hinter Spaces, verweigert dann sogar das Lesen oder Löschen dieser Richtlinie, und der Bucket ist nicht mehr erreichbar. Verbieten Sie stattdessen die gemeinten Datenaktionen.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/settings/versioning.py"/>
        <source>Versioning has never been turned on. Overwriting or deleting a file replaces or removes it for good. Once turned on, versioning can be suspended but this state never returns.</source>
        <translation>Versionierung wurde nie eingeschaltet. Überschreiben oder Löschen ersetzt oder entfernt eine Datei endgültig. Einmal eingeschaltet, kann Versionierung ausgesetzt werden, doch dieser Zustand kehrt nie zurück.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/settings/versioning.py"/>
        <source>Every overwrite keeps the previous version, and a delete only hides the file behind a delete marker; old versions stay (and are stored and billed) until deleted or expired by a lifecycle rule.</source>
        <translation>Jedes Überschreiben behält die vorige Version, und Löschen verbirgt die Datei nur hinter einer Löschmarkierung; alte Versionen bleiben (gespeichert und berechnet), bis sie gelöscht werden oder durch eine Lebenszyklus-Regel ablaufen.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/settings/versioning.py"/>
        <source>New overwrites and deletes replace the current file again, but the versions kept while versioning was on stay until deleted or expired. Suspending does not remove them.</source>
        <translation>Neues Überschreiben und Löschen ersetzt wieder die aktuelle Datei, aber die während der Versionierung behaltenen Versionen bleiben, bis sie gelöscht werden oder ablaufen. Aussetzen entfernt sie nicht.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/settings/versioning.py"/>
        <source>A bucket never returns to “never enabled”; suspend versioning instead</source>
        <translation>Ein Bucket kehrt nie zu „nie aktiviert“ zurück; setzen Sie die Versionierung stattdessen aus</translation>
    </message>
    <message>
        <location filename="../../spacesgui/s3/settings/website.py"/>
        <source>The Spaces CDN does not serve bucket websites: visitors must use the website address (bucket.region-static.digitaloceanspaces.com), not the CDN one.</source>
        <translation>Das Spaces-CDN liefert keine Bucket-Websites aus: Besucher müssen die Website-Adresse (bucket.region-static.digitaloceanspaces.com) verwenden, nicht die CDN-Adresse.</translation>
    </message>
</context>
<context>
    <name>share_link</name>
    <message>
        <location filename="../../spacesgui/ui/dialogs/share_link.py"/>
        <source>Presigned links bypass the CDN cache: every download is served by the origin, even from a CDN-compatible link, and counts as origin bandwidth (through the CDN possibly twice). For a file many people download, make it public and share the CDN address instead.</source>
        <translation>Signierte Links umgehen den CDN-Cache: Jeder Download wird vom Ursprung ausgeliefert, auch über einen CDN-kompatiblen Link, und zählt als Ursprungs-Bandbreite (über das CDN womöglich doppelt). Für eine Datei, die viele herunterladen, machen Sie sie öffentlich und teilen Sie die CDN-Adresse.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/share_link.py"/>
        <source>This file is encrypted with a customer key (SSE-C), so a link alone cannot open it: the server also wants the key itself, sent as request headers, which a browser cannot do. Share the file unencrypted, or give the recipient the key and a tool that sends it.</source>
        <translation>Diese Datei ist mit einem Kundenschlüssel verschlüsselt (SSE-C), ein Link allein kann sie also nicht öffnen: Der Server verlangt auch den Schlüssel selbst, als Anfrage-Header gesendet, was ein Browser nicht kann. Teilen Sie die Datei unverschlüsselt, oder geben Sie dem Empfänger den Schlüssel und ein Werkzeug, das ihn sendet.</translation>
    </message>
</context>
<context>
    <name>transfers</name>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>Upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>Folder upload</source>
        <translation>Ordner hochladen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>Folder download</source>
        <translation>Ordner herunterladen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>Abort uploads</source>
        <translation>Uploads abbrechen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>Throttled (server busy)</source>
        <translation>Server ausgelastet</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>{minutes} min {seconds:02d} s</source>
        <translation>{minutes} min {seconds:02d} s</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>{hours} h {minutes:02d} min</source>
        <translation>{hours} h {minutes:02d} min</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>{done} items</source>
        <translation>{done} Elemente</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>{percent}% · {done} of {total_bytes:,} items</source>
        <translation>{percent} % · {done} von {total_bytes:,} Elementen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>{percent}% · {done} of {total}</source>
        <translation>{percent} % · {done} von {total}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>Failed · {code}</source>
        <translation>Fehlgeschlagen · {code}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>Throttled · {rate} requests/s</source>
        <translation>Gedrosselt · {rate} Anfr./s</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>The server asked for fewer requests (SlowDown); the app now sends at most {rate} requests/s there and speeds up again as requests succeed.</source>
        <translation>Der Server hat um weniger Anfragen gebeten (SlowDown); die App sendet dorthin jetzt höchstens {rate} Anfragen/s und wird wieder schneller, sobald Anfragen gelingen.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>Failed before the last restart:
{error}</source>
        <translation>Vor dem letzten Neustart fehlgeschlagen:
{error}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>{speed:,.0f} items/s</source>
        <translation>{speed:,.0f} Elemente/s</translation>
    </message>
</context>
<context>
    <name>versions</name>
    <message>
        <location filename="../../spacesgui/ui/models/versions.py"/>
        <source>Latest</source>
        <translation>Neueste</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/versions.py"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/versions.py"/>
        <source>Delete marker</source>
        <translation>Löschmarkierung</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/versions.py"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>Show every version and delete marker of the files in this folder</source>
        <translation>Jede Version und Löschmarkierung der Dateien in diesem Ordner zeigen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>Open a bucket to see the versions of its files</source>
        <translation>Öffnen Sie einen Bucket, um die Versionen seiner Dateien zu sehen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>Reading whether this bucket keeps versions…</source>
        <translation>Es wird gelesen, ob dieser Bucket Versionen behält…</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>This bucket keeps no versions: versioning was never turned on (Bucket Settings → Versioning)</source>
        <translation>Dieser Bucket behält keine Versionen: Die Versionierung wurde nie eingeschaltet (Bucket-Einstellungen → Versionierung)</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>This server cannot copy this version, so it cannot be restored here. Ceph, which Spaces runs on, answers “Not Implemented” for a version encrypted with a customer key. Download the version instead (Download This Version…, with its key) and upload it again.</source>
        <translation>Dieser Server kann diese Version nicht kopieren, daher kann sie hier nicht wiederhergestellt werden. Ceph, auf dem Spaces läuft, antwortet bei einer mit einem Kundenschlüssel verschlüsselten Version mit „Not Implemented“. Laden Sie die Version stattdessen herunter (Diese Version herunterladen…, mit ihrem Schlüssel) und laden Sie sie erneut hoch.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>an unknown time</source>
        <translation>einer unbekannten Zeit</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>the version of {when}{size} (version ID {version_id})</source>
        <translation>die Version von {when}{size} (Versions-ID {version_id})</translation>
    </message>
</context>
<context>
    <name>website</name>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>When key starts with</source>
        <translation>Schlüssel beginnt mit</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>Condition: the requested key begins with this prefix.</source>
        <translation>Bedingung: Der angefragte Schlüssel beginnt mit diesem Präfix.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>When error is</source>
        <translation>Fehler ist</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>Condition: the answer would be this HTTP error (such as 404).</source>
        <translation>Bedingung: Die Antwort wäre dieser HTTP-Fehler (etwa 404).</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>Redirect to host</source>
        <translation>Auf Host umleiten</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>The host to send the visitor to; blank keeps this one.</source>
        <translation>Der Host, zu dem der Besucher geschickt wird; leer behält diesen.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>http or https; blank keeps the visitor&apos;s.</source>
        <translation>http oder https; leer behält das des Besuchers.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>Replace key with</source>
        <translation>Schlüssel ersetzen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>The whole key to redirect to.</source>
        <translation>Der ganze Schlüssel, auf den umgeleitet wird.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>Replace prefix with</source>
        <translation>Präfix ersetzen</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>Replaces the matched prefix, keeping the rest of the key.</source>
        <translation>Ersetzt das passende Präfix und behält den Rest des Schlüssels.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>The redirect&apos;s HTTP status (such as 301 or 302).</source>
        <translation>Der HTTP-Status der Umleitung (etwa 301 oder 302).</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>HTTP {status} from {url}</source>
        <translation>HTTP {status} von {url}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>Refused by the S3 API: this address may not be the bucket&apos;s website address, or the bucket is not public.</source>
        <translation>Von der S3-API abgelehnt: Diese Adresse ist vielleicht nicht die Website-Adresse des Buckets, oder der Bucket ist nicht öffentlich.</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>Redirects to: {location}</source>
        <translation>Leitet um auf: {location}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>Content-Type: {type}</source>
        <translation>Content-Type: {type}</translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>First {count} bytes:</source>
        <translation>Erste {count} Bytes:</translation>
    </message>
</context>
</TS>

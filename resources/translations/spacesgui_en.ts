<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BulkPropertiesDialog</name>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/dialogs/bulk_properties.py"/>
        <source>Properties — %n item(s)</source>
        <translation>
            <numerusform>Properties — %n item</numerusform>
            <numerusform>Properties — %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/dialogs/conflicts.py"/>
        <source>Skip the %n item(s) with the same size and checksum on both sides</source>
        <translation>
            <numerusform>Skip the %n item with the same size and checksum on both sides</numerusform>
            <numerusform>Skip the %n items with the same size and checksum on both sides</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CopyLinksDialog</name>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/dialogs/copy_links.py"/>
        <source>Copy Links for %n Item(s)</source>
        <translation>
            <numerusform>Copy Links for %n Item</numerusform>
            <numerusform>Copy Links for %n Items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/dialogs/copy_links.py"/>
        <source>%n link(s), valid until {until}.</source>
        <translation>
            <numerusform>%n link, valid until {until}.</numerusform>
            <numerusform>%n links, valid until {until}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/dialogs/copy_links.py"/>
        <source>%n address(es).</source>
        <translation>
            <numerusform>%n address.</numerusform>
            <numerusform>%n addresses.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CorsPage</name>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>%n CORS rule(s), as the server holds them now.</source>
        <translation>
            <numerusform>%n CORS rule, as the server holds them now.</numerusform>
            <numerusform>%n CORS rules, as the server holds them now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportAccountsDialog</name>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/dialogs/import_accounts.py"/>
        <source>Found %n account(s).</source>
        <translation>
            <numerusform>Found %n account.</numerusform>
            <numerusform>Found %n accounts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncompleteUploadsWindow</name>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>%n incomplete upload(s)</source>
        <translation>
            <numerusform>%n incomplete upload</numerusform>
            <numerusform>%n incomplete uploads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>%n upload(s) put back in the transfer queue.</source>
        <translation>
            <numerusform>%n upload put back in the transfer queue.</numerusform>
            <numerusform>%n uploads put back in the transfer queue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>No upload started more than %n day(s) ago.</source>
        <translation>
            <numerusform>No upload started more than %n day ago.</numerusform>
            <numerusform>No upload started more than %n days ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>Abort %n incomplete upload(s)?</source>
        <translation>
            <numerusform>Abort %n incomplete upload?</numerusform>
            <numerusform>Abort %n incomplete uploads?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>Aborted %n upload(s).</source>
        <translation>
            <numerusform>Aborted %n upload.</numerusform>
            <numerusform>Aborted %n uploads.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>Added: the bucket now aborts incomplete uploads %n day(s) after they start. Its other rules are unchanged.</source>
        <translation>
            <numerusform>Added: the bucket now aborts incomplete uploads %n day after they start. Its other rules are unchanged.</numerusform>
            <numerusform>Added: the bucket now aborts incomplete uploads %n days after they start. Its other rules are unchanged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PropertiesDialog</name>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/dialogs/properties.py"/>
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>Reading %n file…</numerusform>
            <numerusform>Reading %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/dialogs/properties.py"/>
        <source>%n files in {bucket}</source>
        <translation>
            <numerusform>%n file in {bucket}</numerusform>
            <numerusform>%n files in {bucket}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/dialogs/properties.py"/>
        <source>%n file(s) whose tags could not be read keep them unchanged.</source>
        <translation>
            <numerusform>%n file whose tags could not be read keeps them unchanged.</numerusform>
            <numerusform>%n files whose tags could not be read keep them unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/dialogs/properties.py"/>
        <source>Applying to %n file(s)…</source>
        <translation>
            <numerusform>Applying to %n file…</numerusform>
            <numerusform>Applying to %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/dialogs/properties.py"/>
        <source>Applied to {done} of %n file(s); {failed} failed.</source>
        <translation>
            <numerusform>Applied to {done} of %n file; {failed} failed.</numerusform>
            <numerusform>Applied to {done} of %n files; {failed} failed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionsView</name>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>%n version(s) and delete marker(s)</source>
        <translation>
            <numerusform>%n version and delete marker</numerusform>
            <numerusform>%n versions and delete markers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <source>Changing the properties of %n item(s)…</source>
        <translation>
            <numerusform>Changing the properties of %n item…</numerusform>
            <numerusform>Changing the properties of %n items…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <source>Uploading %n item(s) to {folder}</source>
        <translation>
            <numerusform>Uploading %n item to {folder}</numerusform>
            <numerusform>Uploading %n items to {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <source>Moving %n item(s) to {folder}</source>
        <translation>
            <numerusform>Moving %n item to {folder}</numerusform>
            <numerusform>Moving %n items to {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <source>Copying %n item(s) to {folder}</source>
        <translation>
            <numerusform>Copying %n item to {folder}</numerusform>
            <numerusform>Copying %n items to {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <source>Cut %n item(s); paste in the destination folder.</source>
        <translation>
            <numerusform>Cut %n item; paste in the destination folder.</numerusform>
            <numerusform>Cut %n items; paste in the destination folder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <source>Copied %n item(s); paste in the destination folder.</source>
        <translation>
            <numerusform>Copied %n item; paste in the destination folder.</numerusform>
            <numerusform>Copied %n items; paste in the destination folder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/window/commands.py"/>
        <source>Deleting %n item(s)…</source>
        <translation>
            <numerusform>Deleting %n item…</numerusform>
            <numerusform>Deleting %n items…</numerusform>
        </translation>
    </message>
</context>
</TS>

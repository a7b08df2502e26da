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
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccessLoggingPage</name>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/access_logging.py"/>
        <source>The server writes a log of the requests made to this bucket into the target bucket, as objects whose names start with the prefix. The target must be another bucket of the same account; logs arrive with a delay of hours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountBadgeProxy</name>
    <message>
        <location filename="../../spacesgui/ui/models/account_badges.py"/>
        <source>The secret key for this account is not available (not saved, or the keyring is locked). Click to enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/account_badges.py"/>
        <source>This account&apos;s settings cannot be used. Open Accounts to fix them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/account_badges.py"/>
        <source>{value}  — needs key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/account_badges.py"/>
        <source>{value}  · sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/account_badges.py"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../spacesgui/ui/dialogs/accounts.py"/>
        <location filename="../../spacesgui/ui/dialogs/accounts.py"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/accounts.py"/>
        <source>Loading accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/accounts.py"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/accounts.py"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/accounts.py"/>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/accounts.py"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/accounts.py"/>
        <source>Access key ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/accounts.py"/>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/accounts.py"/>
        <source>Secret key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/accounts.py"/>
        <source>Pinned buckets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/accounts.py"/>
        <location filename="../../spacesgui/ui/dialogs/accounts.py"/>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/accounts.py"/>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/accounts.py"/>
        <source>No account selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/accounts.py"/>
        <source>Kept for this session only (no keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/accounts.py"/>
        <source>In the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/accounts.py"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/accounts.py"/>
        <source>Loading the accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/accounts.py"/>
        <source>Loading the Accounts Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/accounts.py"/>
        <source>Accounts saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/accounts.py"/>
        <source>Saving the accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/accounts.py"/>
        <source>Saving the Secret Key Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/accounts.py"/>
        <source>Not saved: the secret key could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/accounts.py"/>
        <source>Deleting the secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/accounts.py"/>
        <source>S&amp;top Test</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Add Spaces &amp;Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Connect to DigitalOcean Spaces or another S3 server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>&amp;Upload Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Upload files into this folder (or drop them on the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Upload F&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Upload a whole folder into this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>&amp;Download…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Download the selection to a folder on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>&amp;New Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Create a folder here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Open the folder, or preview the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>&amp;Share Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Make a link to the file that works for a limited time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Copy &amp;Links…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Copy public, CDN or temporary links for the whole selection, as lines or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Upload Lin&amp;k or Page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>A link or a web page that lets someone without an account upload into this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>P&amp;roperties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Size, ETag, metadata, tags and permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Open Local &amp;Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Sample buckets on a server inside the app: try things without an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Move the selection: cut, then paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Copy the selection (server-side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Paste into this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Rename the file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Delete the selection (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>&amp;Filter This Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Show only names containing the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>&amp;Search Below This Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>List every key under this folder that starts with the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Pre&amp;ferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Transfers, bandwidth limits, downloads, deleting and the theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Load this folder again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Show &amp;Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Show every version and delete marker of the files in this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>&amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Go to the enclosing folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>&amp;Go to Location…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Type or paste a path, s3:// address or Spaces link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>&amp;New Bucket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Create a bucket in this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>&amp;Delete Bucket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Delete an empty bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Bucket &amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Overview, permissions, CORS, lifecycle, policy, versioning, website and logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>&amp;Incomplete Uploads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>List, resume or abort the bucket&apos;s unfinished multipart uploads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>&amp;Retry Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>&amp;Clear Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>&amp;About spacesgui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>&amp;Bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>&amp;Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/actions.py"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppPreferences</name>
    <message>
        <location filename="../../spacesgui/ui/app_preferences.py"/>
        <source>The preferences could not be saved: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/app_preferences.py"/>
        <source>The old, damaged preferences file was kept as {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BucketSettingsDialog</name>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/dialog.py"/>
        <source>Settings of “{bucket}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/dialog.py"/>
        <source>Ctrl+PgDown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/dialog.py"/>
        <source>Ctrl+PgUp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/dialog.py"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/dialog.py"/>
        <source>Applying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/dialog.py"/>
        <source>The setting could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/dialog.py"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/dialog.py"/>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/dialog.py"/>
        <source>Discard the changes to the settings of “{bucket}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/dialog.py"/>
        <source>Not applied yet: {titles}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/dialog.py"/>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BucketTreeModel</name>
    <message>
        <location filename="../../spacesgui/ui/models/bucket_tree.py"/>
        <source>{name} (loading…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/bucket_tree.py"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/bucket_tree.py"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BucketsNotListable</name>
    <message>
        <location filename="../../spacesgui/ui/models/bucket_tree.py"/>
        <source>This key may not list the account&apos;s buckets (keys limited to certain buckets cannot). Add the buckets it may use as pinned buckets in the account settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/bucket_tree.py"/>
        <source>Code: {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/bucket_tree.py"/>
        <source> · Request ID: {request_id}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePreview</name>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/base.py"/>
        <source>(the setting is removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/base.py"/>
        <source>Delete Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/base.py"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigProblemDialog</name>
    <message>
        <location filename="../../spacesgui/ui/dialogs/config_problem.py"/>
        <source>Accounts Cannot Be Loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/config_problem.py"/>
        <location filename="../../spacesgui/ui/dialogs/config_problem.py"/>
        <source>File: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/config_problem.py"/>
        <source>Your accounts are not shown until the file can be read. You can fix it by hand and restart, or start with a fresh file: the current one is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/config_problem.py"/>
        <source>&amp;Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/config_problem.py"/>
        <source>&amp;Start Fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/config_problem.py"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/config_problem.py"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/config_problem.py"/>
        <source>The folder could not be opened. It is {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/config_problem.py"/>
        <source>The old file was kept as {kept}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/config_problem.py"/>
        <source>There was no old file to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/config_problem.py"/>
        <source>Started with an empty list of accounts. {kept}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionStepsView</name>
    <message>
        <location filename="../../spacesgui/ui/dialogs/connection_steps.py"/>
        <source>Connection test steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/connection_steps.py"/>
        <source>Not tested yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/connection_steps.py"/>
        <source>The connection does not work: “{title}” failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/connection_steps.py"/>
        <source>The connection works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/connection_steps.py"/>
        <source>color: {colour};</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyLinksDialog</name>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/dialogs/copy_links.py"/>
        <source>Copy Links for %n Item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/copy_links.py"/>
        <source>CDN-&amp;compatible (signed for the origin, sent to the CDN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/copy_links.py"/>
        <source>One link per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/copy_links.py"/>
        <source>CSV: name, size, link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/copy_links.py"/>
        <source>C&amp;opy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/copy_links.py"/>
        <source>&amp;Links:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/copy_links.py"/>
        <source>&amp;Valid for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/copy_links.py"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/copy_links.py"/>
        <source>Temporary links (work for anyone until they expire)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/copy_links.py"/>
        <source>Public addresses (work while the files are public)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/copy_links.py"/>
        <source>CDN addresses (public files, CDN enabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/copy_links.py"/>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/copy_links.py"/>
        <source>The folders could not be listed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/copy_links.py"/>
        <source>Listing the folders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/copy_links.py"/>
        <source>There are no files here to link to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/dialogs/copy_links.py"/>
        <source>%n link(s), valid until {until}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/dialogs/copy_links.py"/>
        <source>%n address(es).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/copy_links.py"/>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorsPage</name>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>One value per line or separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>Which other web sites may call this bucket from a browser. The server answers a preflight with the first rule that matches, so order matters. Removing every rule deletes the CORS configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>Test a preflight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>Sends the OPTIONS request a browser would, without credentials. The server answers from the rules it holds: apply edits before testing them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>&amp;Origin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>M&amp;ethod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>content-type, x-amz-meta-tag (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>Request &amp;headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>(the bucket itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>&amp;Send Preflight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>The server&apos;s answer appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>Type the origin a browser would send, such as https://app.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>Asking whether {origin} may {method}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>No answer: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>No CORS rules: browsers on other sites may not call this bucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>%n CORS rule(s), as the server holds them now.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerKeysPanel</name>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>Fingerprint (MD5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>Uploads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>Customer keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>Generate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>Use &amp;for Uploads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>New uploads of this account are encrypted with this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>The keyring cannot be reached here, so keys cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>No De&amp;fault for Uploads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>Key {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>Generate Customer Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>Name of the new key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>Storing “{name}” in the keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>{verb} “{name}”. Export a copy and keep it safe: without the key, its files cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>The key “{name}” was not stored: {why} Customer keys are kept only in the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>The key “{name}” is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>The key was not exported: {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>Delete Customer Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>Delete the key “{name}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>Files encrypted with it can never be read again, unless you exported a copy of the key. It leaves the keyring when you save the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>&amp;Delete Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>Deleted “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpiryPicker</name>
    <message>
        <location filename="../../spacesgui/ui/dialogs/expiry.py"/>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/expiry.py"/>
        <source>6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/expiry.py"/>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/expiry.py"/>
        <source>3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/expiry.py"/>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/expiry.py"/>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/expiry.py"/>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/expiry.py"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/expiry.py"/>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/expiry.py"/>
        <source>Custom expiry amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/expiry.py"/>
        <source>Custom expiry unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/expiry.py"/>
        <source>A link can last at most 7 days: signature version 4 links stop working after a week. Choose a shorter time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/expiry.py"/>
        <source>A link can last at most ten years.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpiryPreviewBox</name>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle_preview.py"/>
        <source>Pre&amp;view Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle_preview.py"/>
        <source>Count the objects under the selected rule&apos;s prefix that are already due to expire (current versions only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle_preview.py"/>
        <source>Cance&amp;l Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle_preview.py"/>
        <source>The preview could not start: {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle_preview.py"/>
        <source> (the rule is disabled: judged as if it were enabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle_preview.py"/>
        <source>Listing the objects of {name}{note}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle_preview.py"/>
        <source>Preview cancelled after looking at {v0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle_preview.py"/>
        <source>Looked at {v0} so far; {v1} due…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle_preview.py"/>
        <source>The preview failed: {v0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GrantsModel</name>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/permissions.py"/>
        <source>always kept (the owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/permissions.py"/>
        <source>set by the choice above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/permissions.py"/>
        <source>kept as is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/permissions.py"/>
        <source>Grantee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/permissions.py"/>
        <source>Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/permissions.py"/>
        <source>On Apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportAccountsDialog</name>
    <message>
        <location filename="../../spacesgui/ui/dialogs/import_accounts.py"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/import_accounts.py"/>
        <source>Found in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/import_accounts.py"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/import_accounts.py"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/import_accounts.py"/>
        <source>Import Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/import_accounts.py"/>
        <source>Accounts found in the settings of s3cmd, rclone and the AWS CLI. Tick the ones to add; their secret keys go straight into the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/import_accounts.py"/>
        <source>Accounts found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/import_accounts.py"/>
        <source>Looking for s3cmd, rclone and AWS CLI settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/import_accounts.py"/>
        <source>&amp;Import Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/import_accounts.py"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/import_accounts.py"/>
        <source>Already added</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/dialogs/import_accounts.py"/>
        <source>Found %n account(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/import_accounts.py"/>
        <source>No s3cmd, rclone or AWS CLI accounts were found in your home folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/import_accounts.py"/>
        <source>Could not look for accounts. {v0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportKeyDialog</name>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>Import Customer Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>Customer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>The 256-bit key as base64 (44 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncompleteUploadsModel</name>
    <message>
        <location filename="../../spacesgui/ui/models/incomplete_uploads.py"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/incomplete_uploads.py"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/incomplete_uploads.py"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/incomplete_uploads.py"/>
        <source>Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/incomplete_uploads.py"/>
        <source>Uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/incomplete_uploads.py"/>
        <source>Resumable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/incomplete_uploads.py"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/incomplete_uploads.py"/>
        <source>Started by this app from {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/incomplete_uploads.py"/>
        <source>{key}
Upload ID: {upload_id}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncompleteUploadsWindow</name>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>Incomplete Uploads in “{bucket}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source> Aborting deletes the parts uploaded so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>Continue the selected uploads this app started, in the transfer queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>Abort Selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>Abort Older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>Abort all started more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>ago:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>Clean up automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>Add Lifecycle Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>Open Bucket Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>Abort every incomplete upload of this bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>after it started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>Listing incomplete uploads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>No incomplete uploads in this bucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>%n incomplete upload(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>%n upload(s) put back in the transfer queue.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>No upload started more than %n day(s) ago.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>Abort %n incomplete upload(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>Aborted %n upload(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>Added: the bucket now aborts incomplete uploads %n day(s) after they start. Its other rules are unchanged.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>, {v0} in their parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>Abort the upload of “{key}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>… and {v0} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>

The parts uploaded so far are deleted; an aborted upload cannot be resumed. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>Abort Uploads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>Aborting in the transfer queue, which goes on with it if this window is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>Paused in the transfer queue: %v of {0} aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>Aborting: %v of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>Abort cancelled. The list shows the uploads that are left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>Stopping after the upload being aborted…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>Reading the bucket’s lifecycle rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source>Not changed: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source> Edit the rules on the Lifecycle page of the bucket settings instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/incomplete_uploads.py"/>
        <source> (Spaces would purge them after {SPACES_PURGE_DAYS} days anyway.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifecyclePage</name>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>Keep them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>Expire after a number of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>Expire on a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>Spaces runs expirations and removes unfinished multipart uploads, for objects under a prefix; it has no tag filters and no other storage classes. Rules run once a day: an object expires at the first midnight UTC after it is old enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>Selected rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>Remove All Rule&amp;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>Empty the table; Apply then deletes the bucket&apos;s lifecycle configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>Lifecycle rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>&amp;Add Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>&amp;Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>(optional; the server may name it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>&amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>(blank: every object in the bucket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>Pre&amp;fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>&amp;Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>Days until current versions expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>days after they were written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>Date current versions expire on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>at 00:00 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>&amp;Current versions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>Remove expired delete &amp;markers (delete markers with no older version left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>Delete markers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>Days until noncurrent versions expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>&amp;Noncurrent versions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>days after they became noncurrent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>Days until unfinished multipart uploads are removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>Unfinished upl&amp;oads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>days after they started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>As the server holds it now. It cannot be edited here; the reason is below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>The bucket has no lifecycle rules: nothing expires automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>As the server holds it now, in the legacy form (a prefix in each rule), which is kept when saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>In {row}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>Selected rule (none: add a rule to edit it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>{v0}{v1} filters by object tags, which a listing does not show, so it cannot be previewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>Fix the days of {name} first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>{v0}{v1} expires no current versions, so there is nothing to count: the preview counts current versions only, not noncurrent versions, delete markers or unfinished uploads.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifecyclePreview</name>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle_preview.py"/>
        <source>Preview counts what the selected rule, as edited, would expire today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifecycleRulesModel</name>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle_table.py"/>
        <source>Prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle_table.py"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle_table.py"/>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle_table.py"/>
        <source>has problems: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle_table.py"/>
        <source>(no ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle_table.py"/>
        <source>(whole bucket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle_table.py"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle_table.py"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoggingPage</name>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/access_logging.py"/>
        <source>&amp;Write access logs for this bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/access_logging.py"/>
        <source>Turn &amp;Off Logging…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/access_logging.py"/>
        <source>Stop writing access logs (shows the change first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/access_logging.py"/>
        <source>Target bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/access_logging.py"/>
        <source>Listing the account&apos;s buckets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/access_logging.py"/>
        <source>&amp;Target bucket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/access_logging.py"/>
        <source>(blank: log objects at the top of the target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/access_logging.py"/>
        <source>Log &amp;prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/access_logging.py"/>
        <source>Access logging is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/access_logging.py"/>
        <source>Access logs go to “{target_bucket}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/access_logging.py"/>
        <source> under “{target_prefix}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/access_logging.py"/>
        <source>{reason}
Reading the setting works, but the server refused to change it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/access_logging.py"/>
        <source>The account&apos;s other buckets are listed; a name can also be typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/access_logging.py"/>
        <source>The account has no other bucket to log into: create one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/access_logging.py"/>
        <source>The account&apos;s buckets could not be listed; type the target bucket&apos;s name. ({v0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../spacesgui/ui/window/main_window.py"/>
        <source>Filter this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/main_window.py"/>
        <source>{v0} — spacesgui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/main_window.py"/>
        <source>Listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/main_window.py"/>
        <source>Local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewBucketDialog</name>
    <message>
        <location filename="../../spacesgui/ui/dialogs/new_bucket.py"/>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/new_bucket.py"/>
        <source>Public file listing (public-read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/new_bucket.py"/>
        <source>New Bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/new_bucket.py"/>
        <source>e.g. holiday-photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/new_bucket.py"/>
        <source>e.g. us-east-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/new_bucket.py"/>
        <source>Bucket names are shared by everyone using the region: 3–63 lowercase letters, digits and hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/new_bucket.py"/>
        <source>C&amp;reate Bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/new_bucket.py"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/new_bucket.py"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/new_bucket.py"/>
        <location filename="../../spacesgui/ui/dialogs/new_bucket.py"/>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/new_bucket.py"/>
        <source>&amp;Access:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/new_bucket.py"/>
        <source>A region is lowercase letters, digits and hyphens, such as us-east-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/new_bucket.py"/>
        <source>Choose a region.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectFilterProxy</name>
    <message>
        <location filename="../../spacesgui/ui/models/object_filter.py"/>
        <source>ObjectFilterProxy sorts ObjectTableModel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObjectTableModel</name>
    <message>
        <location filename="../../spacesgui/ui/models/object_table.py"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/object_table.py"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/object_table.py"/>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/object_table.py"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/object_table.py"/>
        <source>Storage class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/object_table.py"/>
        <source>Bucket</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/overview.py"/>
        <source>Not reported by this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/overview.py"/>
        <source>Never enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/overview.py"/>
        <source>Enabled: old versions are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/overview.py"/>
        <source>Suspended: versions kept earlier remain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/overview.py"/>
        <source>Bucket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/overview.py"/>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/overview.py"/>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/overview.py"/>
        <source>&amp;Origin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/overview.py"/>
        <source>&amp;CDN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/overview.py"/>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/overview.py"/>
        <source>Objects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/overview.py"/>
        <source>Space used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/overview.py"/>
        <source>Versioning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/overview.py"/>
        <source>Not listed for these credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/overview.py"/>
        <source>Not readable with these credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/overview.py"/>
        <source>The CDN address serves files only once the CDN is enabled for this Space; the website address only once it has a website configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/overview.py"/>
        <source>A name with dots cannot be served by the CDN over HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/overview.py"/>
        <source>The bucket as the server describes it now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathBar</name>
    <message>
        <location filename="../../spacesgui/ui/path_bar.py"/>
        <source>Hidden folders of this path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/path_bar.py"/>
        <source>bucket/folder/, s3://bucket/key or a Spaces link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/path_bar.py"/>
        <source>Type a location (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/path_bar.py"/>
        <source>Type a location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/path_bar.py"/>
        <source>&amp;Go to Location…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/path_bar.py"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/path_bar.py"/>
        <source>All buckets of {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/path_bar.py"/>
        <source>Choose an account first, then type a place in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/path_bar.py"/>
        <source>That address is in region {region}, but this account is in {region2}. Open it from an account for {region}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PermissionsPage</name>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/permissions.py"/>
        <source>Only you (and keys of this account) may list the files. Each file&apos;s own permissions still decide who may download it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/permissions.py"/>
        <source>Who May List the Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/permissions.py"/>
        <source>&amp;Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/permissions.py"/>
        <source>Public &amp;file listing (public-read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/permissions.py"/>
        <source>Grants on the Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/permissions.py"/>
        <source>Grants marked “kept as is” are sent back unchanged on Apply; this page neither removes nor changes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/permissions.py"/>
        <source>Test as a Visitor Without an Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/permissions.py"/>
        <source>blank: list the bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/permissions.py"/>
        <source>&amp;Key to download:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/permissions.py"/>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/permissions.py"/>
        <source>Cancel Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/permissions.py"/>
        <source>Sends an unsigned GET, as a browser would, and shows the server&apos;s answer. Apply first: the test sees what the server holds, not these edits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/permissions.py"/>
        <source>GET {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/permissions.py"/>
        <source>GET (list the bucket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/permissions.py"/>
        <source>Request ID: {request_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/permissions.py"/>
        <source>{asked}: no answer. </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/policy.py"/>
        <source>This bucket has no policy: its ACLs alone decide who may do what. Insert a template to start from, or type a policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/policy.py"/>
        <source>Insert &amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/policy.py"/>
        <source>Public Read of a Prefix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/policy.py"/>
        <source>Allow Only From an Address Range…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/policy.py"/>
        <source>Deny Requests Without TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/policy.py"/>
        <source>Read-Only for a User…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/policy.py"/>
        <source>&amp;Delete Policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/policy.py"/>
        <source>The bucket has no policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/policy.py"/>
        <source>The policy as the server holds it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/policy.py"/>
        <source>Delete the policy of “{bucket}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/policy.py"/>
        <source>Insert Template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../spacesgui/ui/dialogs/preferences.py"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/preferences.py"/>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/preferences.py"/>
        <source>Ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/preferences.py"/>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/preferences.py"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/preferences.py"/>
        <source>Keep both (rename the new one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/preferences.py"/>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/preferences.py"/>
        <source>&amp;Parallel transfers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/preferences.py"/>
        <source>Parts in &amp;flight per file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/preferences.py"/>
        <source>Part &amp;size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/preferences.py"/>
        <source>&amp;Upload limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/preferences.py"/>
        <source>&amp;Download limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/preferences.py"/>
        <source>&amp;Retries per request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/preferences.py"/>
        <source>If the &amp;target exists:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/preferences.py"/>
        <source>Changes apply to transfers that start from now on; the limits apply at once, to running transfers too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/preferences.py"/>
        <source> KiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/preferences.py"/>
        <source>Unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/preferences.py"/>
        <source>Shared by all transfers in that direction; 1024 KiB/s is 1 MiB/s. 0 means unlimited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/preferences.py"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/preferences.py"/>
        <source>Downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/preferences.py"/>
        <source>Default f&amp;older:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/preferences.py"/>
        <source>&amp;Confirm before deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/preferences.py"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/preferences.py"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/preferences.py"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/preferences.py"/>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/preferences.py"/>
        <source>T&amp;heme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/preferences.py"/>
        <source>Default Download Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../spacesgui/ui/preview.py"/>
        <source>{name} — Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/preview.py"/>
        <location filename="../../spacesgui/ui/preview.py"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/preview.py"/>
        <source>Choose &amp;Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/preview.py"/>
        <source> · showing the first {v0} of {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/preview.py"/>
        <source>{v0} × {v1} pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/preview.py"/>
        <source>Could not show this file.

{v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/preview.py"/>
        <source>{image_size} · {v0:.0%} · Ctrl+wheel or Ctrl+/Ctrl− to zoom, Ctrl+0 to fit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Probe</name>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/probe.py"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleButtons</name>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/rule_table.py"/>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/rule_table.py"/>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/rule_table.py"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/rule_table.py"/>
        <source>Move U&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/rule_table.py"/>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/base.py"/>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/base.py"/>
        <location filename="../../spacesgui/ui/bucket_settings/base.py"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/base.py"/>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/base.py"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/base.py"/>
        <source>Apply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/base.py"/>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/base.py"/>
        <source>As the server holds it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/base.py"/>
        <source>The setting could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/base.py"/>
        <source>Reading failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/base.py"/>
        <source>{title} of “{bucket}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/base.py"/>
        <source>Applying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/base.py"/>
        <source>The server refused the change; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/base.py"/>
        <source>Applying failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/access_logging.py"/>
        <source>Access Logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>CORS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/overview.py"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/permissions.py"/>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/policy.py"/>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/versioning.py"/>
        <source>Versioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareLinkDialog</name>
    <message>
        <location filename="../../spacesgui/ui/dialogs/share_link.py"/>
        <source>Share “{v0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/share_link.py"/>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/share_link.py"/>
        <source>&amp;CDN-compatible link (signed for the origin, sent to the CDN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/share_link.py"/>
        <source>Presigned link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/share_link.py"/>
        <source>C&amp;opy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/share_link.py"/>
        <source>Temporary link (works for anyone until it expires)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/share_link.py"/>
        <source>&amp;Valid for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/share_link.py"/>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/share_link.py"/>
        <source>Link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/share_link.py"/>
        <source>Cop&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/share_link.py"/>
        <source>Copy C&amp;DN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/share_link.py"/>
        <source>Permanent addresses (work only while the file is public)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/share_link.py"/>
        <source>Access:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/share_link.py"/>
        <source>&amp;Public:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/share_link.py"/>
        <source>CD&amp;N:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/share_link.py"/>
        <source>The CDN address works once the CDN is enabled for this bucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/share_link.py"/>
        <source>{what} copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/share_link.py"/>
        <source>Temporary link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/share_link.py"/>
        <source>Public address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/share_link.py"/>
        <source>CDN address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/share_link.py"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/share_link.py"/>
        <source>Public: anyone with these addresses can download the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/share_link.py"/>
        <source>Private: these addresses answer “Access Denied” until the file is made public (Properties › Permissions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/share_link.py"/>
        <source>Unknown: not allowed for this key (it may not read permissions). The addresses below work only if the file is public.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/share_link.py"/>
        <source>Unknown: {v0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../spacesgui/ui/window/status.py"/>
        <source>1 bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/status.py"/>
        <source>{n:,} buckets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/status.py"/>
        <source>1 folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/status.py"/>
        <source>{n:,} folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/status.py"/>
        <source>1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/status.py"/>
        <source>{n:,} files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/status.py"/>
        <source>1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/status.py"/>
        <source>{n:,} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/status.py"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/status.py"/>
        <source>{shown:,} of {what} match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/status.py"/>
        <source>Loading… {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/status.py"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/status.py"/>
        <source>{what} so far — scroll for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/status.py"/>
        <source>Search “{search}”: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/status.py"/>
        <source>{items} selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateQuestion</name>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/policy.py"/>
        <source>&amp;Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/policy.py"/>
        <source>Public Read of a Prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/policy.py"/>
        <source>Anyone, without an account, may download the files whose names start with this prefix (blank: every file). It does not let them list the bucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/policy.py"/>
        <source>&amp;Prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/policy.py"/>
        <source>Allow Only From an Address Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/policy.py"/>
        <source>Refuses every request to read, write or list data that does not come from this address range, your own keys&apos; included. The bucket&apos;s settings, this policy among them, stay reachable so a wrong range can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/policy.py"/>
        <source>Address &amp;range (CIDR):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/policy.py"/>
        <source>Read-Only for a User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/policy.py"/>
        <source>Lets one user list the bucket and download its files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/policy.py"/>
        <source>User &amp;ARN:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferTableModel</name>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>Failed · {code}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UploadLinkDialog</name>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_link.py"/>
        <source>Upload Link or Form for “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_link.py"/>
        <source>Link for one &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_link.py"/>
        <source>Upload &amp;page for many files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_link.py"/>
        <source>e.g. report.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_link.py"/>
        <source>Upload link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_link.py"/>
        <source>C&amp;opy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_link.py"/>
        <source>Copy &amp;curl command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_link.py"/>
        <source>Anyone with the link can upload one file under this name, replacing a file of the same name, until the link expires. The link is an HTTP PUT: tools such as curl use it; a browser cannot open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_link.py"/>
        <source>File &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_link.py"/>
        <source>&amp;Valid for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_link.py"/>
        <source>Link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_link.py"/>
        <source>A file name cannot start or end with “/”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_link.py"/>
        <source>curl --fail -T {v0} {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_link.py"/>
        <source>Upload link copied; it works until {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_link.py"/>
        <source>curl command copied; it works until {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_link.py"/>
        <source>(the top of the bucket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_link.py"/>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_link.py"/>
        <source>any type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_link.py"/>
        <source>&amp;Save Upload Page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_link.py"/>
        <source>The page works in any browser until it expires: whoever has it can upload files into this folder (a file with the same name replaces the earlier one). Send it by e-mail or put it on a web site. “image/” takes any image; an exact type such as application/pdf only that type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_link.py"/>
        <source>F&amp;older:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_link.py"/>
        <source>Va&amp;lid for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_link.py"/>
        <source>&amp;Largest file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_link.py"/>
        <source>Content &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_link.py"/>
        <source>Save Upload Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_link.py"/>
        <source>upload to {name}.html</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_link.py"/>
        <source>Web pages (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_link.py"/>
        <source>The page could not be saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/upload_link.py"/>
        <source>Saved {0}; it works until {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersioningPage</name>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/versioning.py"/>
        <source>Versioning has never been enabled on this bucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/versioning.py"/>
        <source>Versioning is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/versioning.py"/>
        <source>Versioning is suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/versioning.py"/>
        <source>&amp;Enable versioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/versioning.py"/>
        <source>&amp;Suspend versioning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <location filename="../../spacesgui/ui/models/versions.py"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/versions.py"/>
        <source>Version ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/versions.py"/>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/versions.py"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/versions.py"/>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/versions.py"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionsView</name>
    <message>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>&amp;Open This Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>&amp;Download This Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>&amp;Restore This Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>Delete This &amp;Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>&amp;Undelete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>Could not read whether this bucket keeps versions: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>%n version(s) and delete marker(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>, loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>, more as you scroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>Download Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>Restore version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>Restore Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>Restore “{name}” to this version?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>A copy of {v0} becomes the current file. The present version is kept as an older version, so this can be undone the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source> The next older version becomes the current file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>Delete Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>Delete this version of “{name}” permanently?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>{v0} is removed for good: unlike deleting a file, this leaves no delete marker and cannot be undone.{after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>Delete version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>Undelete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebsitePage</name>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>Same as the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>&amp;Off: not a website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>Serve &amp;documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>Redirect &amp;every request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>Served for the bucket&apos;s root and for every “folder” (a key ending in /).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>&amp;Index document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>404.html (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>The key served when a page is missing or refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>E&amp;rror document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>Routing rules: the first rule whose condition matches redirects the visitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>Redirect every request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>Protoco&amp;l:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>Website address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>not known for this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>This server&apos;s website address is part of its own set-up (on Ceph RGW, rgw_dns_s3website_name); type it below to test it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>&amp;Fetch Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>&amp;Test:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>What a visitor gets appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>The website address is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>The website address of this server is not known, so the site cannot be fetched. Type the address the server serves websites on to test it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>Fetching {url}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>The address could not be reached: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>Rule {v0}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>This bucket is not served as a website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>Every request to the website is redirected, as the server holds it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>Served as a website, as the server holds it now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeBanner</name>
    <message>
        <location filename="../../spacesgui/ui/window/banner.py"/>
        <source>Starting the local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/banner.py"/>
        <source>Starting the &lt;b&gt;Local sandbox&lt;/b&gt; — sample buckets on a server inside the app…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/banner.py"/>
        <source>No account yet. Add your DigitalOcean Spaces key to get started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/banner.py"/>
        <source>You are in the &lt;b&gt;Local sandbox&lt;/b&gt;: sample data on a server inside the app, for trying things out. Nothing here is saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_AddressRow</name>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/overview.py"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/overview.py"/>
        <source>Copy the address to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>account_list</name>
    <message>
        <location filename="../../spacesgui/ui/dialogs/account_list.py"/>
        <source>DigitalOcean Spaces, {v0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>boxes</name>
    <message>
        <location filename="../../spacesgui/ui/boxes.py"/>
        <source>Keyring Not Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/boxes.py"/>
        <source>spacesgui never writes secret keys to a file. It can keep the secret key in memory until you quit, and ask for it again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/boxes.py"/>
        <source>Keep for This &amp;Session Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/boxes.py"/>
        <source>Remove Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/boxes.py"/>
        <source>Remove the account “{name}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/boxes.py"/>
        <source>Its secret key and customer keys are deleted from the keyring. Nothing in your buckets is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/boxes.py"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/boxes.py"/>
        <source>Export Customer Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/boxes.py"/>
        <source>Copy the key “{name}” to the clipboard?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/boxes.py"/>
        <source>Anyone who has this key can read every file encrypted with it. Once copied, any program you run can read the clipboard, a clipboard manager may keep it in its history, and so can whatever you paste it into. Keep the copy somewhere safe, such as a password manager, and do not send it by e-mail or chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/boxes.py"/>
        <source>&amp;Copy to Clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/boxes.py"/>
        <source>{name}  (MD5 {md5})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/boxes.py"/>
        <source>  — default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/boxes.py"/>
        <source>Choose Customer Key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>connection_steps</name>
    <message>
        <location filename="../../spacesgui/ui/dialogs/connection_steps.py"/>
        <source>Open the pinned buckets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/connection_steps.py"/>
        <source>List the buckets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/connection_steps.py"/>
        <source>Reach the endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/connection_steps.py"/>
        <source>Sign in with the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/connection_steps.py"/>
        <source>Read a bucket setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/connection_steps.py"/>
        <source>No secret key is stored for this account. Edit the account and enter its secret key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/connection_steps.py"/>
        <source>Code: {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/connection_steps.py"/>
        <source>Request ID: {request_id}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cors</name>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>Allow {method} requests from these origins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>An optional name for the rule (unique).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>Allowed origins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>https://example.com, or * for any site; one * wildcard at most. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>Allowed headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>Request headers a browser may send (Access-Control-Request-Headers). </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>Exposed headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>Response headers scripts may read (such as ETag). </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>Max age (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>How long a browser may cache the preflight answer, in seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>{verdict} (HTTP {status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/cors.py"/>
        <source>No rule allows this origin, method and headers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>customer_keys</name>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>A customer key encrypts files on the server (SSE-C); the server does not keep it. Whoever loses the key loses the files, so export a copy to a safe place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/customer_keys.py"/>
        <source>This account&apos;s endpoint uses plain HTTP, and a key would cross the network readable by anyone on the way, so spacesgui sends customer keys only over HTTPS. Keys kept here are used once the endpoint is https://.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>The details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>This is not allowed for this key. Keys limited to certain buckets cannot list all buckets or read bucket settings, and read-only keys cannot change anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>The server rejected the request&apos;s signature. Usually the secret key is wrong: copy it again from the control panel. If it is right, check that this computer&apos;s clock is set correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>This computer&apos;s clock differs too much from the server&apos;s. Turn on automatic time (network time) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>The server is busy and asked for fewer requests. Wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>The server is busy or briefly unavailable. Wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>This bucket does not exist here. Check its name and the account&apos;s region: a bucket is only found at the endpoint of the region it was created in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>The server does not know this access key ID. Check that it was copied in full and that the key has not been deleted in the control panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>The file no longer exists; someone may have moved or deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>The server does not accept this bucket name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>That bucket name is taken; bucket names are shared by all users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>The bucket still contains files; delete them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>This server does not support that feature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>This file is encrypted with a customer key (SSE-C), and the server reads it only with that key. Choose the key it was encrypted with; the account&apos;s keys are under Accounts → Edit → Customer Keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>This file is encrypted with a different customer key than the one chosen. Choose the key it was encrypted with; without it the file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>The server would not describe this file. It is most likely encrypted with a customer key (SSE-C): choose the key it was encrypted with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>Code: {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>Request ID: {request_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>a different endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>Bucket “{bucket}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>This bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>{name} lives at {where}. Choose that region (or endpoint) for the account and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>The server refused this request for this key. {details}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>The server had a problem (HTTP {status}). Try again later. {details}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>The server refused the request. {details}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>Could not reach {endpoint}. Check the address, your internet connection and any proxy setting. ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>Could not reach the server. Check the address, your internet connection and any proxy setting. ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>The server sent an answer that is not a valid S3 response. The endpoint may not be an S3 server, or a proxy may be in the way. {details}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>Something unexpected went wrong ({error}). {details}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>Error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>{reason} The secret key can be kept for this session only, and you will be asked for it again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>The server said: “{message}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>HTTP status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>Request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>Host ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/errors.py"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>{} image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>SVG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>{} video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>{} audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>Text document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>Markdown document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>{} data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>{} document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>{} source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>{} page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>Shell script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>{} archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>MPEG-TS video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>Python source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>JavaScript source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>TypeScript source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>Rust source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>Go source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>Ruby source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>Word document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>Excel spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>PowerPoint presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>OpenDocument text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>OpenDocument spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>OpenDocument presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>1 byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>{size} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>1 minute ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>{n} minutes ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>1 hour ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>{n} hours ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>{} file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/formatting.py"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>incomplete_uploads</name>
    <message>
        <location filename="../../spacesgui/ui/models/incomplete_uploads.py"/>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/incomplete_uploads.py"/>
        <source>{n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/incomplete_uploads.py"/>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/incomplete_uploads.py"/>
        <source>{n} hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/incomplete_uploads.py"/>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/incomplete_uploads.py"/>
        <source>{n} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/incomplete_uploads.py"/>
        <source>under a minute</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>key_choice</name>
    <message>
        <location filename="../../spacesgui/ui/key_choice.py"/>
        <source>This account has no customer keys yet: add the file&apos;s key in the account&apos;s Customer Keys tab (Accounts → Edit → Customer Keys), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/key_choice.py"/>
        <source>The key chosen is not this file&apos;s key. Choose another:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/key_choice.py"/>
        <source>This file is encrypted with a customer key. Read it with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/key_choice.py"/>
        <source>Encrypt the upload with which customer key?
Only that key can read the files again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/key_choice.py"/>
        <source>No customer key (not encrypted with one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/key_choice.py"/>
        <source>Upload With Customer Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/key_choice.py"/>
        <source>&amp;Upload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifecycle</name>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle.py"/>
        <source>rule {v0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifecycle_preview</name>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle_preview.py"/>
        <source>1 object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle_preview.py"/>
        <source>{count:,} objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle_preview.py"/>
        <source>{count:,} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle_preview.py"/>
        <source>under “{prefix}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle_preview.py"/>
        <source>in the bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle_preview.py"/>
        <source>At least {due} {where} are already due to expire. The preview stopped after looking at {limit:,} objects; there are more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle_preview.py"/>
        <source>{due} of the {v0} {where} are already due to expire: they would be deleted at the server&apos;s next lifecycle run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/lifecycle_preview.py"/>
        <source> {v0} came without a modification time and were not counted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>policy</name>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/policy.py"/>
        <source>A prefix starts without “/”, such as public/ or images/2024/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/policy.py"/>
        <source>Type the prefix itself; the template adds the “*”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/policy.py"/>
        <source>Name the user, such as arn:aws:iam:::user/reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/policy.py"/>
        <source>Type an address range, such as 203.0.113.0/24</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>preview</name>
    <message>
        <location filename="../../spacesgui/ui/preview.py"/>
        <source>Latin-1 (not valid UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/preview.py"/>
        <source>The image is larger than {v0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/preview.py"/>
        <source>The image could not be decoded: {v0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/preview.py"/>
        <source>Open “{v0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/preview.py"/>
        <source>No program is set up to open this kind of file. The copy is at {local}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>share_link</name>
    <message>
        <location filename="../../spacesgui/ui/dialogs/share_link.py"/>
        <source>Presigned links bypass the CDN cache: every download is served by the origin, even from a CDN-compatible link, and counts as origin bandwidth (through the CDN possibly twice). For a file many people download, make it public and share the CDN address instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/dialogs/share_link.py"/>
        <source>This file is encrypted with a customer key (SSE-C), so a link alone cannot open it: the server also wants the key itself, sent as request headers, which a browser cannot do. Share the file unencrypted, or give the recipient the key and a tool that sends it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>transfers</name>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>{v0} min {v1:02d} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>{v0} h {v1:02d} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>Folder upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>Folder download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>Abort uploads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>Throttled (server busy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>{done} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>{percent}% · {done} of {total_bytes:,} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>{percent}% · {v0} of {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>{speed:,.0f} items/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/transfers.py"/>
        <source>Failed before the last restart:
{v0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>versions</name>
    <message>
        <location filename="../../spacesgui/ui/models/versions.py"/>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/versions.py"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/versions.py"/>
        <source>Delete marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/models/versions.py"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>Show every version and delete marker of the files in this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>Open a bucket to see the versions of its files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>Reading whether this bucket keeps versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>This bucket keeps no versions: versioning was never turned on (Bucket Settings → Versioning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>This server cannot copy this version, so it cannot be restored here. Ceph, which Spaces runs on, answers “Not Implemented” for a version encrypted with a customer key. Download the version instead (Download This Version…, with its key) and upload it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/window/versions.py"/>
        <source>the version of {when}{size} (version ID {version_id})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>website</name>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>When key starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>Condition: the requested key begins with this prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>When error is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>Condition: the answer would be this HTTP error (such as 404).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>Redirect to host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>The host to send the visitor to; blank keeps this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>http or https; blank keeps the visitor&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>Replace key with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>The whole key to redirect to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>Replace prefix with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>Replaces the matched prefix, keeping the rest of the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>The redirect&apos;s HTTP status (such as 301 or 302).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>HTTP {status} from {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>Refused by the S3 API: this address may not be the bucket&apos;s website address, or the bucket is not public.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>Redirects to: {location}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>Content-Type: {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../spacesgui/ui/bucket_settings/website.py"/>
        <source>First {v0} bytes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

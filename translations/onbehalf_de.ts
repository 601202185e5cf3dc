<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiError</name>
    <message>
        <source>The username or password is not right. Check them and try again.</source>
        <translation>Benutzername oder Passwort stimmen nicht. Bitte prüfen Sie Ihre Eingaben und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>Bitte geben Sie Ihren Benutzernamen und Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>This account has been switched off. Ask your supervisor to reactivate it.</source>
        <translation>Dieses Konto wurde deaktiviert. Bitten Sie Ihre Teamleitung, es wieder zu aktivieren.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked for a while. Try again later or ask your supervisor.</source>
        <translation>Zu viele falsche Passwörter: Dieses Konto ist vorübergehend gesperrt. Bitte versuchen Sie es später erneut oder wenden Sie sich an Ihre Teamleitung.</translation>
    </message>
    <message>
        <source>This marketplace does not know the Client ID. Check the Client ID with your administrator.</source>
        <translation>Dieser Marktplatz kennt die Client-ID nicht. Bitte klären Sie die Client-ID mit Ihrer Administration.</translation>
    </message>
    <message>
        <source>Your account may not sign in through this application (Client ID).</source>
        <translation>Ihr Konto darf sich nicht über diese Anwendung (Client-ID) anmelden.</translation>
    </message>
    <message>
        <source>Your account does not have the roles this desk needs.</source>
        <translation>Ihrem Konto fehlen die Rollen, die dieser Arbeitsplatz benötigt.</translation>
    </message>
    <message>
        <source>Your saved sign-in has expired. Please sign in again.</source>
        <translation>Ihre gespeicherte Anmeldung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Please sign in again.</source>
        <translation>Ihre Anmeldung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation>Ihr Konto ist dazu nicht berechtigt.</translation>
    </message>
    <message>
        <source>No impersonation rule lets you act for this user.</source>
        <translation>Keine Vertretungsregel erlaubt Ihnen, für diesen Benutzer zu handeln.</translation>
    </message>
    <message>
        <source>No impersonation rule lets you act for %1 users.</source>
        <translation>Keine Vertretungsregel erlaubt Ihnen, für Benutzer von %1 zu handeln.</translation>
    </message>
    <message>
        <source>This user&apos;s account is switched off, so nobody can act for them.</source>
        <translation>Das Konto dieses Benutzers ist deaktiviert, daher kann niemand für ihn handeln.</translation>
    </message>
    <message>
        <source>The impersonation rule grants none of the roles needed to shop for this user.</source>
        <translation>Die Vertretungsregel gewährt keine der Rollen, die zum Einkaufen für diesen Benutzer nötig sind.</translation>
    </message>
    <message>
        <source>This session has already ended.</source>
        <translation>Diese Sitzung ist bereits beendet.</translation>
    </message>
    <message>
        <source>The reason is too long (500 characters at most).</source>
        <translation>Der Grund ist zu lang (höchstens 500 Zeichen).</translation>
    </message>
    <message>
        <source>That is more than can be ordered at once (at most %1).</source>
        <translation>Das ist mehr, als auf einmal bestellt werden kann (höchstens %1).</translation>
    </message>
    <message>
        <source>That is less than the minimum order quantity (at least %1).</source>
        <translation>Das ist weniger als die Mindestbestellmenge (mindestens %1).</translation>
    </message>
    <message>
        <source>The quantity must be at least 1.</source>
        <translation>Die Menge muss mindestens 1 betragen.</translation>
    </message>
    <message>
        <source>The cart is empty: add a product before submitting.</source>
        <translation>Der Warenkorb ist leer: Bitte fügen Sie vor dem Absenden ein Produkt hinzu.</translation>
    </message>
    <message>
        <source>This order has already been submitted.</source>
        <translation>Diese Bestellung wurde bereits abgesendet.</translation>
    </message>
    <message>
        <source>This order has been submitted and can no longer be changed.</source>
        <translation>Diese Bestellung wurde abgesendet und kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>That no longer exists on the marketplace.</source>
        <translation>Das gibt es auf dem Marktplatz nicht mehr.</translation>
    </message>
    <message>
        <source>%1 %2 was not found on the marketplace.</source>
        <translation>%1 %2 wurde auf dem Marktplatz nicht gefunden.</translation>
    </message>
    <message>
        <source>The marketplace does not offer this (not found).</source>
        <translation>Der Marktplatz bietet dies nicht an (nicht gefunden).</translation>
    </message>
    <message>
        <source>The marketplace is busy. Wait a moment and try again.</source>
        <translation>Der Marktplatz ist ausgelastet. Bitte warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The marketplace had a problem (error %1). Try again in a moment.</source>
        <translation>Beim Marktplatz ist ein Problem aufgetreten (Fehler %1). Bitte versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The marketplace refused the request (error %1).</source>
        <translation>Der Marktplatz hat die Anfrage abgelehnt (Fehler %1).</translation>
    </message>
    <message>
        <source>The marketplace cannot be reached. Check the address and your network connection.</source>
        <translation>Der Marktplatz ist nicht erreichbar. Bitte prüfen Sie die Adresse und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The marketplace is not answering in time. Nothing was lost; try again.</source>
        <translation>Der Marktplatz antwortet nicht rechtzeitig. Es ist nichts verloren gegangen; bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The marketplace&apos;s security certificate is not trusted, so the connection was stopped.</source>
        <translation>Dem Sicherheitszertifikat des Marktplatzes wird nicht vertraut, daher wurde die Verbindung abgebrochen.</translation>
    </message>
    <message>
        <source>The marketplace sent an answer this desk does not understand.</source>
        <translation>Der Marktplatz hat eine Antwort gesendet, die dieser Arbeitsplatz nicht versteht.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Checked when you start a session.</source>
        <translation>Wird geprüft, wenn Sie eine Sitzung beginnen.</translation>
    </message>
    <message>
        <source>The marketplace&apos;s answer is larger than %1, so the desk stopped reading it. Try a narrower search, or ask your administrator to check the marketplace.</source>
        <translation>Die Antwort des Marktplatzes ist größer als %1, daher hat dieser Arbeitsplatz das Lesen abgebrochen. Versuchen Sie eine engere Suche oder bitten Sie Ihre Administration, den Marktplatz zu prüfen.</translation>
    </message>
    <message>
        <source>A supervisor must co-sign this order before it can be submitted.</source>
        <translation>Eine Teamleitung muss diese Bestellung gegenzeichnen, bevor sie abgesendet werden kann.</translation>
    </message>
    <message>
        <source>A supervisor declined this order.</source>
        <translation>Eine Teamleitung hat diese Bestellung abgelehnt.</translation>
    </message>
    <message>
        <source>A supervisor declined this order: %1</source>
        <translation>Eine Teamleitung hat diese Bestellung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Verify the caller first: orders can be placed once the verification is recorded.</source>
        <translation>Bitte verifizieren Sie zuerst den Anrufer: Bestellungen sind möglich, sobald die Verifizierung erfasst ist.</translation>
    </message>
</context>
<context>
    <name>HistoryFormat</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 Min. %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Ended by agent</source>
        <translation>Vom Agenten beendet</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Inactivity</source>
        <translation>Inaktivität</translation>
    </message>
    <message>
        <source>Agent signed out</source>
        <translation>Agent hat sich abgemeldet</translation>
    </message>
    <message>
        <source>Ended after a restart</source>
        <translation>Nach einem Neustart beendet</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Deleted</source>
        <comment>order status</comment>
        <translation>Gelöscht</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Onbehalf</source>
        <translation>Onbehalf</translation>
    </message>
    <message>
        <source>Keychain warning</source>
        <translation>Schlüsselbund-Warnung</translation>
    </message>
    <message>
        <source>Search buyer users by name, username, email or ID (Ctrl+F)</source>
        <translation>Käuferbenutzer nach Name, Benutzername, E-Mail oder ID suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search buyer users</source>
        <translation>Käuferbenutzer suchen</translation>
    </message>
    <message>
        <source>Results update as you type</source>
        <translation>Die Ergebnisse werden während der Eingabe aktualisiert</translation>
    </message>
    <message>
        <source>Buyer filter</source>
        <translation>Käuferfilter</translation>
    </message>
    <message>
        <source>&amp;Active only</source>
        <translation>Nur a&amp;ktive</translation>
    </message>
    <message>
        <source>Active users only</source>
        <translation>Nur aktive Benutzer</translation>
    </message>
    <message>
        <source>Buyer users</source>
        <translation>Käuferbenutzer</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Suchstatus</translation>
    </message>
    <message>
        <source>Buyer user</source>
        <translation>Käuferbenutzer</translation>
    </message>
    <message>
        <source>Selected buyer user</source>
        <translation>Ausgewählter Käuferbenutzer</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Buyer company:</source>
        <translation>Käuferunternehmen:</translation>
    </message>
    <message>
        <source>Buyer company</source>
        <translation>Käuferunternehmen</translation>
    </message>
    <message>
        <source>Business units:</source>
        <translation>Geschäftsbereiche:</translation>
    </message>
    <message>
        <source>Business units</source>
        <translation>Geschäftsbereiche</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Account state</source>
        <translation>Kontostatus</translation>
    </message>
    <message>
        <source>Act for this user:</source>
        <translation>Für diesen Benutzer handeln:</translation>
    </message>
    <message>
        <source>Impersonation allowed</source>
        <translation>Vertretung erlaubt</translation>
    </message>
    <message>
        <source>Recent orders</source>
        <translation>Letzte Bestellungen</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Find buyer user</source>
        <translation>Käuferbenutzer &amp;finden</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>User ID:</source>
        <translation>Benutzer-ID:</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Re&amp;cent orders</source>
        <translation>Let&amp;zte Bestellungen</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Verwendung</translation>
    </message>
</context>
<context>
    <name>OrderStatusText</name>
    <message>
        <source>Not submitted</source>
        <comment>order status</comment>
        <translation>Nicht abgeschickt</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <comment>order status</comment>
        <translation>Wartet auf Freigabe</translation>
    </message>
    <message>
        <source>Declined</source>
        <comment>order status</comment>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>order status</comment>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>order status</comment>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Canceled</source>
        <comment>order status</comment>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>approving groups of a buyer company</comment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Awaiting approval by %1</source>
        <comment>order status</comment>
        <translation>Wartet auf Freigabe durch %1</translation>
    </message>
    <message>
        <source>Declined: %1</source>
        <comment>order status with the approver&apos;s comment</comment>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Approved — %1</source>
        <comment>order status of an approved order</comment>
        <translation>Freigegeben — %1</translation>
    </message>
    <message>
        <source>Submitted — waiting for approval by %1</source>
        <translation>Abgesendet — wartet auf Freigabe durch %1</translation>
    </message>
    <message>
        <source>Submitted — waiting for approval</source>
        <translation>Abgesendet — wartet auf Freigabe</translation>
    </message>
    <message>
        <source>Declined: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Aufgegeben</translation>
    </message>
    <message>
        <source>Submitted — the marketplace says: %1</source>
        <translation>Abgesendet — der Marktplatz meldet: %1</translation>
    </message>
</context>
<context>
    <name>OrdersTab</name>
    <message>
        <source>Order ID starts with…</source>
        <translation>Bestellnummer beginnt mit…</translation>
    </message>
    <message>
        <source>Find an order by ID</source>
        <translation>Bestellung nach ID suchen</translation>
    </message>
    <message>
        <source>Orders placed on behalf of buyers</source>
        <translation>Im Namen von Käufern aufgegebene Bestellungen</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Käufer</translation>
    </message>
    <message>
        <source>Buyer user</source>
        <translation>Käuferbenutzer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Abgesendet</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Vorgangsnummer</translation>
    </message>
    <message>
        <source>Order list status</source>
        <translation>Status der Bestellliste</translation>
    </message>
    <message>
        <source>Show the session the selected order was placed in</source>
        <translation>Sitzung zeigen, in der die ausgewählte Bestellung aufgegeben wurde</translation>
    </message>
    <message>
        <source>Show sessio&amp;n</source>
        <translation>Si&amp;tzung zeigen</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>zero</source>
        <translation>null</translation>
    </message>
    <message>
        <source>one</source>
        <translation>eins</translation>
    </message>
    <message>
        <source>two</source>
        <translation>zwei</translation>
    </message>
    <message>
        <source>three</source>
        <translation>drei</translation>
    </message>
    <message>
        <source>four</source>
        <translation>vier</translation>
    </message>
    <message>
        <source>five</source>
        <translation>fünf</translation>
    </message>
    <message>
        <source>six</source>
        <translation>sechs</translation>
    </message>
    <message>
        <source>seven</source>
        <translation>sieben</translation>
    </message>
    <message>
        <source>eight</source>
        <translation>acht</translation>
    </message>
    <message>
        <source>nine</source>
        <translation>neun</translation>
    </message>
    <message>
        <source>dash</source>
        <translation>Bindestrich</translation>
    </message>
    <message>
        <source>underscore</source>
        <translation>Unterstrich</translation>
    </message>
    <message>
        <source>dot</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>capital %1</source>
        <translation>großes %1</translation>
    </message>
    <message>
        <source>lower-case %1</source>
        <translation>kleines %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between spelled characters</comment>
        <translation>, </translation>
    </message>
    <message>
        <source> · </source>
        <comment>between spelled groups</comment>
        <translation> · </translation>
    </message>
</context>
<context>
    <name>ScreenPopRequest</name>
    <message>
        <source>There is nothing to search for.</source>
        <translation>Es gibt nichts zu suchen.</translation>
    </message>
    <message>
        <source>The search text is longer than %1 characters.</source>
        <translation>Der Suchtext ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The search text contains control characters.</source>
        <translation>Der Suchtext enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>“%1” is not an onbehalf: link.</source>
        <translation>„%1“ ist kein onbehalf:-Link.</translation>
    </message>
    <message>
        <source>The link asks for “%1”; Onbehalf only understands onbehalf:find?….</source>
        <translation>Der Link verlangt „%1“; Onbehalf versteht nur onbehalf:find?….</translation>
    </message>
    <message>
        <source>The link must name exactly one of phone, email, username, id or q.</source>
        <translation>Der Link muss genau eines von phone, email, username, id oder q angeben.</translation>
    </message>
    <message>
        <source>The link asks to find by “%1”; use phone, email, username, id or q.</source>
        <translation>Der Link sucht nach „%1“; verwenden Sie phone, email, username, id oder q.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number (at least %2 digits).</source>
        <translation>„%1“ ist keine Telefonnummer (mindestens %2 Ziffern).</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
</context>
<context>
    <name>SessionDetailPane</name>
    <message>
        <source>Selected session</source>
        <translation>Ausgewählte Sitzung</translation>
    </message>
    <message>
        <source>Selected session status</source>
        <translation>Status der ausgewählten Sitzung</translation>
    </message>
    <message>
        <source>Session record</source>
        <translation>Sitzungsdatensatz</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitverlauf</translation>
    </message>
    <message>
        <source>Session timeline</source>
        <translation>Zeitverlauf der Sitzung</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Orders placed in this session</source>
        <translation>In dieser Sitzung aufgegebene Bestellungen</translation>
    </message>
    <message>
        <source>Orders of the session and their line items</source>
        <translation>Bestellungen der Sitzung und ihre Positionen</translation>
    </message>
    <message>
        <source>Order / product</source>
        <translation>Bestellung / Produkt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Show in order &amp;list</source>
        <translation>In Bestell&amp;liste zeigen</translation>
    </message>
    <message>
        <source>Show the selected order in the order list</source>
        <translation>Ausgewählte Bestellung in der Bestellliste zeigen</translation>
    </message>
</context>
<context>
    <name>SessionHistoryWindow</name>
    <message>
        <source>Session history</source>
        <translation>Sitzungsverlauf</translation>
    </message>
    <message>
        <source>Sessions shown</source>
        <translation>Angezeigte Sitzungen</translation>
    </message>
    <message>
        <source>Local journal notice</source>
        <translation>Hinweis zum lokalen Protokoll</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>&amp;Agent:</translation>
    </message>
    <message>
        <source>Agent filter</source>
        <translation>Agentenfilter</translation>
    </message>
    <message>
        <source>An agent&apos;s username; * matches any text</source>
        <translation>Benutzername eines Agenten; * steht für beliebigen Text</translation>
    </message>
    <message>
        <source>&amp;Buyer:</source>
        <translation>&amp;Käufer:</translation>
    </message>
    <message>
        <source>Buyer filter</source>
        <translation>Käuferfilter</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Username starts with…</source>
        <translation>Benutzername beginnt mit…</translation>
    </message>
    <message>
        <source>Buyer user filter</source>
        <translation>Käuferbenutzerfilter</translation>
    </message>
    <message>
        <source>S&amp;tarted:</source>
        <translation>Be&amp;gonnen:</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>B&amp;is:</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Acti&amp;ve only</source>
        <translation>N&amp;ur aktive</translation>
    </message>
    <message>
        <source>Active sessions only</source>
        <translation>Nur aktive Sitzungen</translation>
    </message>
    <message>
        <source>Search reason, case number or username (Ctrl+F)</source>
        <translation>Grund, Vorgangsnummer oder Benutzername suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation>Sitzungen suchen</translation>
    </message>
    <message>
        <source>Matches the reason, the case number, the buyer user and the agent</source>
        <translation>Durchsucht Grund, Vorgangsnummer, Käuferbenutzer und Agent</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Aktualisie&amp;ren</translation>
    </message>
    <message>
        <source>Load the list again (F5)</source>
        <translation>Liste neu laden (F5)</translation>
    </message>
    <message>
        <source>Refresh the list</source>
        <translation>Liste aktualisieren</translation>
    </message>
    <message>
        <source>New sessions</source>
        <translation>Neue Sitzungen</translation>
    </message>
    <message>
        <source>History views</source>
        <translation>Verlaufsansichten</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sitzungen</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>List status</source>
        <translation>Listenstatus</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>&amp;Diagramm</translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation>Anzahl der Sitzungen</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Letzte Meldung</translation>
    </message>
    <message>
        <source>Export one row per order</source>
        <translation>Eine Zeile pro Bestellung exportieren</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export every session that matches the filters (Ctrl+E)</source>
        <translation>Alle Sitzungen exportieren, die zu den Filtern passen (Strg+E)</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>Or&amp;ders</source>
        <translation>Bestellu&amp;ngen</translation>
    </message>
    <message>
        <source>One ro&amp;w per order</source>
        <translation>Eine &amp;Zeile pro Bestellung</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — Onbehalf</source>
        <translation>Anmelden — Onbehalf</translation>
    </message>
    <message>
        <source>Sign in to the marketplace you serve.</source>
        <translation>Melden Sie sich bei dem Marktplatz an, den Sie betreuen.</translation>
    </message>
    <message>
        <source>&amp;Marketplace:</source>
        <translation>&amp;Marktplatz:</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marktplatz</translation>
    </message>
    <message>
        <source>The local demo marketplace, a recently used address, or a new base URL</source>
        <translation>Der lokale Demo-Marktplatz, eine zuletzt verwendete Adresse oder eine neue Basis-URL</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>Anmeldung auf diesem Computer &amp;speichern</translation>
    </message>
    <message>
        <source>Remember me</source>
        <translation>Angemeldet bleiben</translation>
    </message>
    <message>
        <source>Keeps a sign-in token in the system keychain</source>
        <translation>Speichert ein Anmelde-Token im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Problem bei der Anmeldung</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Anmeldung läuft</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>No keychain is available on this computer.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access.</source>
        <translation>Der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert.</translation>
    </message>
    <message>
        <source>The keychain does not work (%1).</source>
        <translation>Der Schlüsselbund funktioniert nicht (%1).</translation>
    </message>
    <message>
        <source>The keychain is turned off.</source>
        <translation>Der Schlüsselbund ist ausgeschaltet.</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Marketplace base URL.</source>
        <translation>Basis-URL des Marktplatzes.</translation>
    </message>
    <message>
        <source>API client ID to sign in with.</source>
        <translation>API-Client-ID für die Anmeldung.</translation>
    </message>
    <message>
        <source>Use the local demo marketplace.</source>
        <translation>Den lokalen Demo-Marktplatz verwenden.</translation>
    </message>
    <message>
        <source>Service desk for acting on behalf of B2B buyers in an OrderCloud marketplace.</source>
        <translation>Service-Desk, um im Namen von B2B-Käufern in einem OrderCloud-Marktplatz zu handeln.</translation>
    </message>
    <message>
        <source>Bring the desk to the front searching for a phone number, e-mail, username or user ID.</source>
        <translation>Den Service-Desk in den Vordergrund holen und nach einer Telefonnummer, E-Mail-Adresse, einem Benutzernamen oder einer Benutzer-ID suchen.</translation>
    </message>
    <message>
        <source>An onbehalf: link, e.g. onbehalf:find?phone=%2B12065550184.</source>
        <translation>Ein onbehalf:-Link, z. B. onbehalf:find?phone=%2B12065550184.</translation>
    </message>
    <message>
        <source>Give either --find or one onbehalf: link.</source>
        <translation>Geben Sie entweder --find oder einen onbehalf:-Link an.</translation>
    </message>
</context>
<context>
    <name>onbehalf::AuditIndicator</name>
    <message>
        <source>Audit: server</source>
        <translation>Audit: Server</translation>
    </message>
    <message>
        <source>The marketplace records every session you start (who, for whom, why, and how it ended).</source>
        <translation>Der Marktplatz protokolliert jede Sitzung, die Sie starten (wer, für wen, warum und wie sie endete).</translation>
    </message>
    <message>
        <source>Audit: this computer</source>
        <translation>Audit: dieser Computer</translation>
    </message>
    <message>
        <source>This marketplace has no session records of its own: this desk keeps them in its journal on this computer.</source>
        <translation>Dieser Marktplatz führt keine eigenen Sitzungsprotokolle: Onbehalf speichert sie im lokalen Protokoll auf diesem Computer.</translation>
    </message>
    <message>
        <source>Audit: not known yet</source>
        <translation>Audit: noch unbekannt</translation>
    </message>
    <message>
        <source>The desk could not yet ask the marketplace where sessions are recorded; it asks again when you start one.</source>
        <translation>Onbehalf konnte den Marktplatz noch nicht fragen, wo Sitzungen protokolliert werden; beim Start einer Sitzung wird erneut gefragt.</translation>
    </message>
    <message>
        <source>Audit: NOT RECORDED</source>
        <translation>Audit: NICHT PROTOKOLLIERT</translation>
    </message>
</context>
<context>
    <name>onbehalf::BuyerUserSearchModel</name>
    <message>
        <source>There are no buyers you can search.</source>
        <translation>Es gibt keine Käufer, die Sie durchsuchen können.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>No buyer users.</source>
        <translation>Keine Käuferbenutzer.</translation>
    </message>
    <message>
        <source>No buyer users match “%1”.</source>
        <translation>Keine Käuferbenutzer passen zu „%1“.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Käufer</translation>
    </message>
</context>
<context>
    <name>onbehalf::CartView</name>
    <message>
        <source>Cart</source>
        <translation>Warenkorb</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Positionssumme</translation>
    </message>
    <message>
        <source>Remove &amp;line</source>
        <translation>&amp;Position entfernen</translation>
    </message>
    <message>
        <source>Remove the selected cart line</source>
        <translation>Ausgewählte Position aus dem Warenkorb entfernen</translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation>Lieferadresse</translation>
    </message>
    <message>
        <source>Order comments</source>
        <translation>Bemerkungen zur Bestellung</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>Bestellsumme</translation>
    </message>
    <message>
        <source>Su&amp;bmit order</source>
        <translation>Bestell&amp;ung absenden</translation>
    </message>
    <message>
        <source>Submit order</source>
        <translation>Bestellung absenden</translation>
    </message>
    <message>
        <source>Shi&amp;p to:</source>
        <translation>Lieferad&amp;resse:</translation>
    </message>
    <message>
        <source>Co&amp;mments:</source>
        <translation>Bemerkun&amp;gen:</translation>
    </message>
    <message>
        <source>Subtotal:</source>
        <translation>Zwischensumme:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Gesamt:</translation>
    </message>
    <message>
        <source>Type a new quantity and press Enter</source>
        <translation>Geben Sie eine neue Menge ein und drücken Sie die Eingabetaste</translation>
    </message>
    <message>
        <source>The buyer has no shipping address</source>
        <translation>Der Käufer hat keine Lieferadresse</translation>
    </message>
    <message>
        <source>Shipping:</source>
        <translation>Versand:</translation>
    </message>
    <message>
        <source>Tax:</source>
        <translation>Steuer:</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <source>Shipping cost</source>
        <translation>Versandkosten</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
</context>
<context>
    <name>onbehalf::CatalogView</name>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Search the buyer&apos;s catalog (Ctrl+F)</source>
        <translation>Im Katalog des Käufers suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Produkte suchen</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Order limits</source>
        <translation>Bestellgrenzen</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>&amp;Add to cart</source>
        <translation>In den &amp;Warenkorb</translation>
    </message>
    <message>
        <source>Add to cart</source>
        <translation>In den Warenkorb legen</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Menge:</translation>
    </message>
    <message>
        <source> (breaks)</source>
        <translation> (Staffel)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>%1+ at %2</source>
        <translation>ab %1 zu %2</translation>
    </message>
    <message>
        <source>%1 — price breaks: %2</source>
        <translation>%1 – Staffelpreise: %2</translation>
    </message>
    <message>
        <source>Minimum order: %1.</source>
        <translation>Mindestbestellmenge: %1.</translation>
    </message>
    <message>
        <source>Maximum order: %1.</source>
        <translation>Höchstbestellmenge: %1.</translation>
    </message>
    <message>
        <source>Minimum %1 for this product</source>
        <translation>Mindestens %1 für dieses Produkt</translation>
    </message>
    <message>
        <source>Maximum %1 for this product</source>
        <translation>Höchstens %1 für dieses Produkt</translation>
    </message>
    <message>
        <source>Choose a product first.</source>
        <translation>Bitte wählen Sie zuerst ein Produkt aus.</translation>
    </message>
</context>
<context>
    <name>onbehalf::ChartLoader</name>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Counting sessions…</source>
        <translation>Sitzungen werden gezählt…</translation>
    </message>
    <message>
        <source>Counting sessions… %L1 of %L2</source>
        <translation>Sitzungen werden gezählt… %L1 von %L2</translation>
    </message>
</context>
<context>
    <name>onbehalf::CoSignModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Acting for</source>
        <translation>Handelt für</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>Bestellsumme</translation>
    </message>
    <message>
        <source>Session total</source>
        <translation>Sitzungssumme</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
</context>
<context>
    <name>onbehalf::CsvExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exporting sessions…</source>
        <translation>Sitzungen werden exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <source>The export could not be written to %1: %2</source>
        <translation>Der Export konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Exporting sessions… %L1 of %L2</source>
        <translation>Sitzungen werden exportiert… %L1 von %L2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln Sitzung nach %1 exportiert.</numerusform>
            <numerusform>%Ln Sitzungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onbehalf::DemoServer</name>
    <message>
        <source>The demo marketplace could not be started (%1).</source>
        <translation>Der Demo-Marktplatz konnte nicht gestartet werden (%1).</translation>
    </message>
    <message>
        <source>The demo marketplace stopped while starting (exit code %1): %2</source>
        <translation>Der Demo-Marktplatz wurde beim Starten beendet (Exit-Code %1): %2</translation>
    </message>
    <message>
        <source>The demo marketplace program (onbehalf-server) is not installed.</source>
        <translation>Das Programm für den Demo-Marktplatz (onbehalf-server) ist nicht installiert.</translation>
    </message>
    <message>
        <source>The demo marketplace&apos;s folder %1 could not be created or made private.</source>
        <translation>Der Ordner des Demo-Marktplatzes %1 konnte nicht angelegt oder nicht auf Ihr Benutzerkonto beschränkt werden.</translation>
    </message>
    <message>
        <source>The demo marketplace keeps stopping (exit code %1); it was not started again.</source>
        <translation>Der Demo-Marktplatz beendet sich immer wieder (Exit-Code %1); er wurde nicht erneut gestartet.</translation>
    </message>
</context>
<context>
    <name>onbehalf::DeskController</name>
    <message>
        <source>The demo marketplace stopped; starting it again…</source>
        <translation>Der Demo-Marktplatz wurde beendet; er wird neu gestartet …</translation>
    </message>
    <message>
        <source>Reconnected to the demo marketplace.</source>
        <translation>Wieder mit dem Demo-Marktplatz verbunden.</translation>
    </message>
    <message>
        <source>The session was ended because the screen was locked.</source>
        <translation>Die Sitzung wurde beendet, weil der Bildschirm gesperrt wurde.</translation>
    </message>
</context>
<context>
    <name>onbehalf::DeskMenus</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Session &amp;history</source>
        <translation>Sitzungs&amp;verlauf</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>&amp;Act for selected user…</source>
        <translation>Für ausgewählten Benutzer &amp;handeln…</translation>
    </message>
    <message>
        <source>&amp;End session</source>
        <translation>Sitzung &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Live board</source>
        <translation>&amp;Live-Übersicht</translation>
    </message>
    <message>
        <source>Send su&amp;mmary to the caller…</source>
        <translation>&amp;Zusammenfassung an den Anrufer senden…</translation>
    </message>
</context>
<context>
    <name>onbehalf::ExistingCartPrompt</name>
    <message>
        <source>&amp;Continue the caller&apos;s cart</source>
        <translation>Warenkorb des Anrufers f&amp;ortsetzen</translation>
    </message>
    <message>
        <source>Continue the caller&apos;s cart</source>
        <translation>Warenkorb des Anrufers fortsetzen</translation>
    </message>
    <message>
        <source>Start a separa&amp;te order</source>
        <translation>Ge&amp;trennte Bestellung beginnen</translation>
    </message>
    <message>
        <source>Start a separate order and leave the caller&apos;s cart as it is</source>
        <translation>Eine getrennte Bestellung beginnen und den Warenkorb des Anrufers unverändert lassen</translation>
    </message>
    <message>
        <source>Lines in the caller&apos;s cart</source>
        <translation>Positionen im Warenkorb des Anrufers</translation>
    </message>
    <message>
        <source>%1 × %2 — %3</source>
        <translation>%1 × %2 — %3</translation>
    </message>
    <message numerus="yes">
        <source>The caller&apos;s cart (order %1, started %2) has %n line(s), total %3. Continue it, or start a separate order and leave it as it is?</source>
        <translation>
            <numerusform>Der Warenkorb des Anrufers (Bestellung %1, begonnen %2) hat %n Position, Summe %3. Fortsetzen oder eine getrennte Bestellung beginnen und ihn unverändert lassen?</numerusform>
            <numerusform>Der Warenkorb des Anrufers (Bestellung %1, begonnen %2) hat %n Positionen, Summe %3. Fortsetzen oder eine getrennte Bestellung beginnen und ihn unverändert lassen?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onbehalf::ForceEndDialog</name>
    <message>
        <source>Force end session</source>
        <translation>Sitzung zwangsweise beenden</translation>
    </message>
    <message>
        <source>End %1&apos;s session acting for %2? The agent is shown your comment.</source>
        <translation>Die Sitzung von %1 für %2 beenden? Der Agent bekommt Ihren Kommentar angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Comment for the agent:</source>
        <translation>&amp;Kommentar für den Agenten:</translation>
    </message>
    <message>
        <source>Comment for the agent</source>
        <translation>Kommentar für den Agenten</translation>
    </message>
    <message>
        <source>&amp;End session</source>
        <translation>Sitzung &amp;beenden</translation>
    </message>
</context>
<context>
    <name>onbehalf::LiveBoardModel</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Acting for</source>
        <translation>Handelt für</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Idle for</source>
        <translation>Untätig seit</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>onbehalf::LiveBoardWindow</name>
    <message>
        <source>Live board</source>
        <translation>Live-Übersicht</translation>
    </message>
    <message>
        <source>&amp;Active sessions</source>
        <translation>&amp;Aktive Sitzungen</translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation>Aktive Sitzungen</translation>
    </message>
    <message>
        <source>Waiting for &amp;co-sign</source>
        <translation>Warten auf &amp;Gegenzeichnung</translation>
    </message>
    <message>
        <source>Orders waiting for co-sign</source>
        <translation>Bestellungen, die auf Gegenzeichnung warten</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>Ko&amp;mmentar:</translation>
    </message>
    <message>
        <source>Comment on the co-sign decision</source>
        <translation>Kommentar zur Entscheidung über die Gegenzeichnung</translation>
    </message>
    <message>
        <source>Shown to the agent</source>
        <translation>Wird dem Agenten angezeigt</translation>
    </message>
    <message>
        <source>&amp;Force end…</source>
        <translation>&amp;Zwangsweise beenden…</translation>
    </message>
    <message>
        <source>Force end the selected session</source>
        <translation>Ausgewählte Sitzung zwangsweise beenden</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>Ge&amp;nehmigen</translation>
    </message>
    <message>
        <source>Approve the selected order</source>
        <translation>Ausgewählte Bestellung genehmigen</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>A&amp;blehnen</translation>
    </message>
    <message>
        <source>Decline the selected order</source>
        <translation>Ausgewählte Bestellung ablehnen</translation>
    </message>
    <message numerus="yes">
        <source>%n active session(s), %1 waiting for co-sign — updated %2</source>
        <translation>
            <numerusform>%n aktive Sitzung, %1 warten auf Gegenzeichnung — aktualisiert %2</numerusform>
            <numerusform>%n aktive Sitzungen, %1 warten auf Gegenzeichnung — aktualisiert %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s session has been ended.</source>
        <translation>Die Sitzung von %1 wurde beendet.</translation>
    </message>
    <message>
        <source>Order %1 approved.</source>
        <translation>Bestellung %1 genehmigt.</translation>
    </message>
    <message>
        <source>Order %1 declined.</source>
        <translation>Bestellung %1 abgelehnt.</translation>
    </message>
</context>
<context>
    <name>onbehalf::MainWindow</name>
    <message>
        <source>Onbehalf</source>
        <translation>Onbehalf</translation>
    </message>
    <message>
        <source>All buyers</source>
        <translation>Alle Käufer</translation>
    </message>
    <message>
        <source>Desk views</source>
        <translation>Arbeitsbereiche</translation>
    </message>
    <message>
        <source>The session ended: access as the buyer expired.</source>
        <translation>Die Sitzung wurde beendet: Der Zugriff als Käufer ist abgelaufen.</translation>
    </message>
    <message numerus="yes">
        <source>The session ended after %n minute(s) without activity.</source>
        <translation>
            <numerusform>Die Sitzung wurde nach %n Minute ohne Aktivität beendet.</numerusform>
            <numerusform>Die Sitzung wurde nach %n Minuten ohne Aktivität beendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The session has ended.</source>
        <translation>Die Sitzung wurde beendet.</translation>
    </message>
    <message numerus="yes">
        <source>No activity: the session ends in %n second(s) unless you continue working.</source>
        <translation>
            <numerusform>Keine Aktivität: Die Sitzung endet in %n Sekunde, wenn Sie nicht weiterarbeiten.</numerusform>
            <numerusform>Keine Aktivität: Die Sitzung endet in %n Sekunden, wenn Sie nicht weiterarbeiten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Onbehalf — %1</source>
        <translation>Onbehalf — %1</translation>
    </message>
    <message>
        <source>You are already acting for a buyer. End that session first (Ctrl+Shift+E).</source>
        <translation>Sie handeln bereits für einen Käufer. Bitte beenden Sie zuerst diese Sitzung (Strg+Umschalt+E).</translation>
    </message>
    <message>
        <source>Select a buyer user first.</source>
        <translation>Bitte wählen Sie zuerst einen Käuferbenutzer aus.</translation>
    </message>
    <message>
        <source>The interrupted session has been ended.</source>
        <translation>Die unterbrochene Sitzung wurde beendet.</translation>
    </message>
    <message>
        <source>%1 Your sign-in is kept in memory only: you will need to sign in again after closing Onbehalf.</source>
        <translation>%1 Ihre Anmeldung wird nur im Arbeitsspeicher gehalten: Nach dem Schließen von Onbehalf müssen Sie sich erneut anmelden.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) on %3</source>
        <translation>Angemeldet als %1 (%2) bei %3</translation>
    </message>
    <message numerus="yes">
        <source>%n buyer user(s) found</source>
        <translation>
            <numerusform>%n Käuferbenutzer gefunden</numerusform>
            <numerusform>%n Käuferbenutzer gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Fin&amp;d buyer user</source>
        <translation>Käuferbenutzer &amp;finden</translation>
    </message>
    <message>
        <source>Sh&amp;op as buyer</source>
        <translation>Als Käufer &amp;einkaufen</translation>
    </message>
    <message numerus="yes">
        <source>The cart has %n line(s), total %1, that were not ordered. End the session anyway? The cart stays with the buyer as an unsubmitted order.</source>
        <translation>
            <numerusform>Im Warenkorb liegt %n Position, Gesamtsumme %1, die nicht bestellt wurde. Möchten Sie die Sitzung trotzdem beenden? Der Warenkorb bleibt beim Käufer als nicht abgesendete Bestellung.</numerusform>
            <numerusform>Im Warenkorb liegen %n Positionen, Gesamtsumme %1, die nicht bestellt wurden. Möchten Sie die Sitzung trotzdem beenden? Der Warenkorb bleibt beim Käufer als nicht abgesendete Bestellung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your supervisor %1 ended this session: %2</source>
        <translation>Ihre Teamleitung %1 hat diese Sitzung beendet: %2</translation>
    </message>
    <message>
        <source>Your supervisor %1 ended this session.</source>
        <translation>Ihre Teamleitung %1 hat diese Sitzung beendet.</translation>
    </message>
</context>
<context>
    <name>onbehalf::MarketplaceSettings</name>
    <message>
        <source>Not a role name: %1. Role names have letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; only.</source>
        <translation>Kein Rollenname: %1. Rollennamen bestehen nur aus Buchstaben, Ziffern, „.“, „_“ oder „-“.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n roles.</source>
        <translation>
            <numerusform>Höchstens %n Rolle.</numerusform>
            <numerusform>Höchstens %n Rollen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onbehalf::MarketplaceSettingsDialog</name>
    <message>
        <source>Marketplace settings</source>
        <translation>Marktplatz-Einstellungen</translation>
    </message>
    <message>
        <source>How this desk signs in to %1 and asks for buyer tokens. Leave a field empty for the default.</source>
        <translation>Wie sich Onbehalf bei %1 anmeldet und Käufer-Token anfordert. Lassen Sie ein Feld leer, um den Standardwert zu verwenden.</translation>
    </message>
    <message>
        <source>&amp;Sign-in client ID:</source>
        <translation>Anmelde-Client-I&amp;D:</translation>
    </message>
    <message>
        <source>&amp;Impersonation client ID:</source>
        <translation>&amp;Impersonations-Client-ID:</translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation>&amp;Rollen:</translation>
    </message>
    <message>
        <source>C&amp;ustom roles:</source>
        <translation>&amp;Eigene Rollen:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Client-Secre&amp;t:</translation>
    </message>
    <message>
        <source>&amp;Forget the stored client secret</source>
        <translation>Gespeichertes Client-Secret &amp;vergessen</translation>
    </message>
    <message>
        <source>Sign-in client ID</source>
        <translation>Anmelde-Client-ID</translation>
    </message>
    <message>
        <source>The API client agents sign in with (password grant).</source>
        <translation>Der API-Client, mit dem sich Agenten anmelden (Passwort-Grant).</translation>
    </message>
    <message>
        <source>Impersonation client ID</source>
        <translation>Impersonations-Client-ID</translation>
    </message>
    <message>
        <source>Same as the sign-in client</source>
        <translation>Wie der Anmelde-Client</translation>
    </message>
    <message>
        <source>The API client the marketplace&apos;s ImpersonationConfig names, usually the buyer storefront&apos;s.</source>
        <translation>Der API-Client, den die ImpersonationConfig des Marktplatzes nennt, meist der des Käufer-Shops.</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Roles asked for in the buyer token, separated by spaces.</source>
        <translation>Rollen, die für das Käufer-Token angefordert werden, durch Leerzeichen getrennt.</translation>
    </message>
    <message>
        <source>Custom roles</source>
        <translation>Eigene Rollen</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Custom roles sent with the buyer-token request, separated by spaces.</source>
        <translation>Eigene Rollen, die mit der Anforderung des Käufer-Tokens gesendet werden, durch Leerzeichen getrennt.</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>Stored in the system keychain (type to replace)</source>
        <translation>Im Schlüsselbund des Systems gespeichert (zum Ersetzen eintippen)</translation>
    </message>
    <message>
        <source>None (public client)</source>
        <translation>Keines (öffentlicher Client)</translation>
    </message>
    <message>
        <source>Only for API clients that have a secret. It is kept in the system keychain only.</source>
        <translation>Nur für API-Clients mit Secret. Es wird ausschließlich im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>The sign-in client ID has spaces or is too long.</source>
        <translation>Die Anmelde-Client-ID enthält Leerzeichen oder ist zu lang.</translation>
    </message>
    <message>
        <source>The impersonation client ID has spaces or is too long.</source>
        <translation>Die Impersonations-Client-ID enthält Leerzeichen oder ist zu lang.</translation>
    </message>
    <message>
        <source>Order-number i&amp;ncrementor:</source>
        <translation>Bestellnummern-&amp;Zähler:</translation>
    </message>
    <message>
        <source>Order-number &amp;prefix:</source>
        <translation>Bestellnummern-&amp;Präfix:</translation>
    </message>
    <message>
        <source>Order-number incrementor</source>
        <translation>Bestellnummern-Zähler</translation>
    </message>
    <message>
        <source>None (the marketplace&apos;s generated order IDs)</source>
        <translation>Keiner (vom Marktplatz erzeugte Bestell-IDs)</translation>
    </message>
    <message>
        <source>The marketplace incrementor that numbers new orders (e.g. orderIncrementor). Without it, or when the marketplace does not have it, orders keep their generated IDs.</source>
        <translation>Der Zähler (Incrementor) des Marktplatzes, der neue Bestellungen nummeriert (z. B. orderIncrementor). Ohne ihn, oder wenn der Marktplatz ihn nicht hat, behalten Bestellungen ihre erzeugten IDs.</translation>
    </message>
    <message>
        <source>Order-number prefix</source>
        <translation>Bestellnummern-Präfix</translation>
    </message>
    <message>
        <source>Up to 10 letters or digits before the number, e.g. OB for OB-000123.</source>
        <translation>Bis zu 10 Buchstaben oder Ziffern vor der Nummer, z. B. OB für OB-000123.</translation>
    </message>
    <message>
        <source>The incrementor ID has characters other than letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, or is too long.</source>
        <translation>Die Zähler-ID enthält andere Zeichen als Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos; oder ist zu lang.</translation>
    </message>
    <message>
        <source>The order-number prefix must be at most 10 letters or digits.</source>
        <translation>Das Bestellnummern-Präfix darf höchstens 10 Buchstaben oder Ziffern haben.</translation>
    </message>
</context>
<context>
    <name>onbehalf::OrderConfirmation</name>
    <message>
        <source>Cop&amp;y order number</source>
        <translation>Bestellnummer &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the order number</source>
        <translation>Die Bestellnummer kopieren</translation>
    </message>
    <message>
        <source>Cop&amp;ied</source>
        <translation>&amp;Kopiert</translation>
    </message>
    <message>
        <source>Order number %1</source>
        <translation>Bestellnummer %1</translation>
    </message>
    <message>
        <source>Read as: %1</source>
        <translation>Vorlesen als: %1</translation>
    </message>
    <message>
        <source>Order %1 placed for %2 — total %3. Read the order number to the caller.</source>
        <translation>Bestellung %1 für %2 aufgegeben – Gesamtsumme %3. Lesen Sie dem Anrufer die Bestellnummer vor.</translation>
    </message>
    <message>
        <source>%1. Order %2 for %3 — total %4. Read the order number to the caller.</source>
        <translation>%1. Bestellung %2 für %3 — Summe %4. Lesen Sie dem Anrufer die Bestellnummer vor.</translation>
    </message>
</context>
<context>
    <name>onbehalf::OrdersTab</name>
    <message>
        <source>This marketplace does not record which session placed an order.</source>
        <translation>Dieser Marktplatz zeichnet nicht auf, in welcher Sitzung eine Bestellung aufgegeben wurde.</translation>
    </message>
    <message>
        <source>Loading orders…</source>
        <translation>Bestellungen werden geladen…</translation>
    </message>
    <message>
        <source>Placed in session %1: %2</source>
        <translation>In Sitzung %1 aufgegeben: %2</translation>
    </message>
    <message>
        <source>No orders were placed on behalf of buyers with these filters.</source>
        <translation>Mit diesen Filtern wurden keine Bestellungen im Namen von Käufern aufgegeben.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) placed on behalf of buyers</source>
        <translation>
            <numerusform>%Ln Bestellung im Namen von Käufern aufgegeben</numerusform>
            <numerusform>%Ln Bestellungen im Namen von Käufern aufgegeben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onbehalf::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>End sessions after inactivity (minutes)</source>
        <translation>Sitzungen nach Inaktivität beenden (Minuten)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>End a session after &amp;inactivity of:</source>
        <translation>Sitzung beenden nach &amp;Inaktivität von:</translation>
    </message>
</context>
<context>
    <name>onbehalf::ReceiptDialog</name>
    <message>
        <source>Open e-mail &amp;draft</source>
        <translation>E-Mail-&amp;Entwurf öffnen</translation>
    </message>
    <message>
        <source>Save as .&amp;eml…</source>
        <translation>Als .e&amp;ml speichern…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>Zusammenfassung speichern</translation>
    </message>
    <message>
        <source>Send summary to the caller</source>
        <translation>Zusammenfassung an den Anrufer senden</translation>
    </message>
    <message>
        <source>Summary for the caller</source>
        <translation>Zusammenfassung für den Anrufer</translation>
    </message>
    <message>
        <source>Loading the summary…</source>
        <translation>Zusammenfassung wird geladen…</translation>
    </message>
    <message>
        <source>Send it, save it or copy it for the caller.</source>
        <translation>Senden, speichern oder kopieren Sie sie für den Anrufer.</translation>
    </message>
    <message>
        <source>Summary of your call with our service desk</source>
        <translation>Zusammenfassung Ihres Anrufs bei unserem Kundenservice</translation>
    </message>
    <message>
        <source>The e-mail draft is open in your mail program.</source>
        <translation>Der E-Mail-Entwurf ist in Ihrem E-Mail-Programm geöffnet.</translation>
    </message>
    <message>
        <source>No mail program opened the draft: save it as .eml or copy it instead.</source>
        <translation>Kein E-Mail-Programm hat den Entwurf geöffnet: Speichern Sie ihn stattdessen als .eml oder kopieren Sie ihn.</translation>
    </message>
    <message>
        <source>summary.eml</source>
        <translation>zusammenfassung.eml</translation>
    </message>
    <message>
        <source>E-mail message (*.eml)</source>
        <translation>E-Mail-Nachricht (*.eml)</translation>
    </message>
    <message>
        <source>The summary could not be saved: %1</source>
        <translation>Die Zusammenfassung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved %1: open it in your mail program to send it.</source>
        <translation>%1 gespeichert: Öffnen Sie die Datei in Ihrem E-Mail-Programm, um sie zu senden.</translation>
    </message>
    <message>
        <source>summary.pdf</source>
        <translation>zusammenfassung.pdf</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>Das PDF konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>Saved %1: print it or attach it for the caller.</source>
        <translation>%1 gespeichert: Drucken Sie es aus oder hängen Sie es für den Anrufer an.</translation>
    </message>
    <message>
        <source>The summary is on the clipboard.</source>
        <translation>Die Zusammenfassung ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Prin&amp;t…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print the summary</source>
        <translation>Die Zusammenfassung drucken</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>An %1 gesendet.</translation>
    </message>
</context>
<context>
    <name>onbehalf::RecentOrders</name>
    <message>
        <source>Recent orders of this buyer</source>
        <translation>Letzte Bestellungen dieses Käufers</translation>
    </message>
    <message>
        <source>The buyer&apos;s recent orders</source>
        <translation>Letzte Bestellungen des Käufers</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>&amp;Update statuses</source>
        <translation>Status aktual&amp;isieren</translation>
    </message>
    <message>
        <source>Read the buyer&apos;s recent orders again</source>
        <translation>Die letzten Bestellungen des Käufers neu lesen</translation>
    </message>
</context>
<context>
    <name>onbehalf::RecoveryPrompt</name>
    <message>
        <source>Interrupted session</source>
        <translation>Unterbrochene Sitzung</translation>
    </message>
    <message>
        <source>A session was interrupted</source>
        <translation>Eine Sitzung wurde unterbrochen</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Wieder aufnehmen</translation>
    </message>
    <message>
        <source>Resume the interrupted session</source>
        <translation>Die unterbrochene Sitzung wieder aufnehmen</translation>
    </message>
    <message>
        <source>E&amp;nd it</source>
        <translation>Beende&amp;n</translation>
    </message>
    <message>
        <source>End the interrupted session</source>
        <translation>Die unterbrochene Sitzung beenden</translation>
    </message>
    <message>
        <source>Onbehalf closed while you were acting for %1 (%2) · %3, since %4. Resume that session or end it?</source>
        <translation>Onbehalf wurde geschlossen, während Sie für %1 (%2) · %3 gehandelt haben (seit %4). Möchten Sie diese Sitzung wieder aufnehmen oder beenden?</translation>
    </message>
</context>
<context>
    <name>onbehalf::SessionBanner</name>
    <message>
        <source>&amp;Renew access</source>
        <translation>Zugriff &amp;verlängern</translation>
    </message>
    <message>
        <source>Impersonation session</source>
        <translation>Vertretungssitzung</translation>
    </message>
    <message>
        <source>Renew access for this session</source>
        <translation>Zugriff für diese Sitzung verlängern</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <source>End acting for this buyer (Ctrl+Shift+E)</source>
        <translation>Handeln für diesen Käufer beenden (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <source>Access renewed.</source>
        <translation>Zugriff verlängert.</translation>
    </message>
    <message>
        <source>Access as the buyer ends in 2 minutes. Renew it to continue.</source>
        <translation>Der Zugriff als Käufer endet in 2 Minuten. Bitte verlängern Sie ihn, um weiterzuarbeiten.</translation>
    </message>
    <message>
        <source>Acting for %1 (%2) · %3</source>
        <translation>Im Namen von %1 (%2) · %3</translation>
    </message>
    <message>
        <source>End sess&amp;ion</source>
        <translation>Sitzung beende&amp;n</translation>
    </message>
    <message numerus="yes">
        <source>idle timeout in %n min</source>
        <translation>
            <numerusform>Zeitlimit bei Inaktivität in %n Minute</numerusform>
            <numerusform>Zeitlimit bei Inaktivität in %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>idle timeout in %n s</source>
        <translation>
            <numerusform>Zeitlimit bei Inaktivität in %n Sekunde</numerusform>
            <numerusform>Zeitlimit bei Inaktivität in %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>access until %1</source>
        <translation>Zugriff bis %1</translation>
    </message>
    <message numerus="yes">
        <source>access ends in %n s</source>
        <translation>
            <numerusform>Zugriff endet in %n Sekunde</numerusform>
            <numerusform>Zugriff endet in %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — since %2 — %3 · %4</source>
        <translation>%1 – seit %2 – %3 · %4</translation>
    </message>
</context>
<context>
    <name>onbehalf::SessionChart</name>
    <message>
        <source>Sessions per agent per day</source>
        <translation>Sitzungen pro Agent und Tag</translation>
    </message>
    <message>
        <source>No sessions to chart.</source>
        <translation>Keine Sitzungen für das Diagramm.</translation>
    </message>
    <message>
        <source>From %1 to %2. %3</source>
        <translation>Vom %1 bis %2. %3</translation>
    </message>
    <message>
        <source>No sessions.</source>
        <translation>Keine Sitzungen.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln session(s)</source>
        <translation>
            <numerusform>%1: %Ln Sitzung</numerusform>
            <numerusform>%1: %Ln Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %L2</source>
        <translation>%1: %L2</translation>
    </message>
    <message>
        <source>Total: %L1</source>
        <translation>Gesamt: %L1</translation>
    </message>
</context>
<context>
    <name>onbehalf::SessionDetailPane</name>
    <message>
        <source>Select a session to see its record, timeline and orders.</source>
        <translation>Wählen Sie eine Sitzung aus, um ihren Datensatz, Zeitverlauf und ihre Bestellungen zu sehen.</translation>
    </message>
    <message>
        <source>This session is not in the list as it is filtered now.</source>
        <translation>Diese Sitzung ist in der aktuell gefilterten Liste nicht enthalten.</translation>
    </message>
    <message>
        <source>Loading the session…</source>
        <translation>Sitzung wird geladen…</translation>
    </message>
    <message>
        <source>This desk&apos;s journal has no session %1.</source>
        <translation>Das Protokoll dieses Arbeitsplatzes enthält keine Sitzung %1.</translation>
    </message>
    <message>
        <source>Session %1 is not one you can see.</source>
        <translation>Sitzung %1 dürfen Sie nicht einsehen.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Buyer company</source>
        <translation>Käuferunternehmen</translation>
    </message>
    <message>
        <source>Buyer user</source>
        <translation>Käuferbenutzer</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(kein Grund angegeben)</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Vorgangsnummer</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Access expires</source>
        <translation>Zugriff läuft ab</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>End cause</source>
        <translation>Beendigungsgrund</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Submitted total</source>
        <translation>Abgesendete Summe</translation>
    </message>
    <message>
        <source>API client</source>
        <translation>API-Client</translation>
    </message>
    <message>
        <source>Roles as the buyer</source>
        <translation>Rollen als Käufer</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Aufgezeichnet von</translation>
    </message>
    <message>
        <source>This desk&apos;s local journal</source>
        <translation>Lokales Protokoll dieses Arbeitsplatzes</translation>
    </message>
    <message>
        <source>The marketplace</source>
        <translation>Der Marktplatz</translation>
    </message>
    <message>
        <source>%1 started acting for %2 of %3</source>
        <translation>%1 hat begonnen, für %2 von %3 zu handeln</translation>
    </message>
    <message>
        <source>Order %1 created</source>
        <translation>Bestellung %1 erstellt</translation>
    </message>
    <message>
        <source>Order %1 submitted (%2)</source>
        <translation>Bestellung %1 abgesendet (%2)</translation>
    </message>
    <message>
        <source>Order %1 submitted</source>
        <translation>Bestellung %1 abgesendet</translation>
    </message>
    <message>
        <source>Session ended: %1</source>
        <translation>Sitzung beendet: %1</translation>
    </message>
    <message>
        <source>Access as the buyer expires unless renewed (still active)</source>
        <translation>Der Zugriff als Käufer läuft ab, wenn er nicht verlängert wird (noch aktiv)</translation>
    </message>
    <message>
        <source>No orders were placed in this session.</source>
        <translation>In dieser Sitzung wurden keine Bestellungen aufgegeben.</translation>
    </message>
    <message>
        <source>Deleted before it was submitted</source>
        <translation>Vor dem Absenden gelöscht</translation>
    </message>
    <message>
        <source>Loading line items…</source>
        <translation>Positionen werden geladen…</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>The order no longer exists.</source>
        <translation>Die Bestellung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>No line items</source>
        <translation>Keine Positionen</translation>
    </message>
</context>
<context>
    <name>onbehalf::SessionHistoryModel</name>
    <message>
        <source>Loading sessions…</source>
        <translation>Sitzungen werden geladen…</translation>
    </message>
    <message>
        <source>No sessions match these filters.</source>
        <translation>Keine Sitzungen passen zu diesen Filtern.</translation>
    </message>
    <message>
        <source>This desk&apos;s journal has no sessions that match these filters.</source>
        <translation>Das Protokoll dieses Arbeitsplatzes enthält keine Sitzungen, die zu diesen Filtern passen.</translation>
    </message>
    <message>
        <source>Active session %1, started %2</source>
        <translation>Aktive Sitzung %1, begonnen %2</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sitzung %1</translation>
    </message>
    <message>
        <source>%1, active session</source>
        <translation>%1, aktive Sitzung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(kein Grund angegeben)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>The marketplace cannot sort by this column.</source>
        <translation>Der Marktplatz kann nicht nach dieser Spalte sortieren.</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Buyer user</source>
        <translation>Käuferbenutzer</translation>
    </message>
    <message>
        <source>Buyer company</source>
        <translation>Käuferunternehmen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Vorgangsnummer</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>End cause</source>
        <translation>Beendigungsgrund</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>Bestellsumme</translation>
    </message>
</context>
<context>
    <name>onbehalf::SessionHistoryWindow</name>
    <message>
        <source>The marketplace cannot sort by “%1”.</source>
        <translation>Der Marktplatz kann nicht nach „%1“ sortieren.</translation>
    </message>
    <message>
        <source>sessions-%1.csv</source>
        <translation>sitzungen-%1.csv</translation>
    </message>
    <message>
        <source>Export sessions</source>
        <translation>Sitzungen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Session history</source>
        <translation>Sitzungsverlauf</translation>
    </message>
    <message>
        <source>Session history — %1</source>
        <translation>Sitzungsverlauf — %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Beliebiger Zeitraum</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>All buyers</source>
        <translation>Alle Käufer</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Alle Agenten</translation>
    </message>
    <message>
        <source>This marketplace does not keep a session history. What you see comes from this desk&apos;s local journal only: sessions started on this computer, not those of other desks.</source>
        <translation>Dieser Marktplatz führt keinen Sitzungsverlauf. Was Sie sehen, stammt nur aus dem lokalen Protokoll dieses Arbeitsplatzes: Sitzungen, die auf diesem Computer begonnen wurden, nicht die anderer Arbeitsplätze.</translation>
    </message>
    <message>
        <source>All agents&apos; sessions</source>
        <translation>Sitzungen aller Agenten</translation>
    </message>
    <message>
        <source>Your sessions only</source>
        <translation>Nur Ihre Sitzungen</translation>
    </message>
    <message>
        <source>Checking which sessions you may see…</source>
        <translation>Es wird geprüft, welche Sitzungen Sie sehen dürfen…</translation>
    </message>
    <message>
        <source>The sessions the marketplace lets you see</source>
        <translation>Die Sitzungen, die der Marktplatz Ihnen anzeigt</translation>
    </message>
    <message>
        <source>No sessions</source>
        <translation>Keine Sitzungen</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Es läuft bereits ein Export.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export läuft…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln Sitzung</numerusform>
            <numerusform>%Ln Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new session(s) started since the list was loaded. Press F5 to show them.</source>
        <translation>
            <numerusform>Seit dem Laden der Liste wurde %Ln neue Sitzung begonnen. Drücken Sie F5, um sie anzuzeigen.</numerusform>
            <numerusform>Seit dem Laden der Liste wurden %Ln neue Sitzungen begonnen. Drücken Sie F5, um sie anzuzeigen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onbehalf::SessionJournal</name>
    <message>
        <source>The session record could not be written to %1: %2</source>
        <translation>Das Sitzungsprotokoll konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>Der Ordner kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>onbehalf::SessionManager</name>
    <message>
        <source>You are already acting for a buyer. End that session first.</source>
        <translation>Sie handeln bereits für einen Käufer. Bitte beenden Sie zuerst diese Sitzung.</translation>
    </message>
    <message>
        <source>This session can no longer be resumed: its access has expired. End it and start a new one.</source>
        <translation>Diese Sitzung kann nicht mehr wieder aufgenommen werden: Ihr Zugriff ist abgelaufen. Bitte beenden Sie sie und beginnen Sie eine neue.</translation>
    </message>
    <message>
        <source>This session has already ended.</source>
        <translation>Diese Sitzung ist bereits beendet.</translation>
    </message>
</context>
<context>
    <name>onbehalf::SessionPager</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sessions match: too many for this; narrow the date range or the filters.</source>
        <translation>
            <numerusform>%Ln Sitzung passt: zu viele dafür; bitte grenzen Sie den Zeitraum oder die Filter ein.</numerusform>
            <numerusform>%Ln Sitzungen passen: zu viele dafür; bitte grenzen Sie den Zeitraum oder die Filter ein.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onbehalf::ShippingOptions</name>
    <message>
        <source>Shippin&amp;g</source>
        <translation>&amp;Lieferart</translation>
    </message>
    <message>
        <source>free</source>
        <translation>kostenlos</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2, delivered in about a day</source>
        <translation>%1 — %2, Lieferung in etwa einem Tag</translation>
    </message>
    <message>
        <source>%1 — %2, delivered in about %3 days</source>
        <translation>%1 — %2, Lieferung in etwa %3 Tagen</translation>
    </message>
    <message>
        <source>Shipment %1</source>
        <translation>Sendung %1</translation>
    </message>
    <message>
        <source>Shipment %1: %2</source>
        <translation>Sendung %1: %2</translation>
    </message>
</context>
<context>
    <name>onbehalf::ShopPanel</name>
    <message>
        <source>Working</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>The quantity must be a whole number of at least 1.</source>
        <translation>Die Menge muss eine ganze Zahl von mindestens 1 sein.</translation>
    </message>
    <message>
        <source>Renewing your access as the buyer…</source>
        <translation>Ihr Zugriff als Käufer wird verlängert…</translation>
    </message>
    <message>
        <source>%1 The cart is kept; try again.</source>
        <translation>%1 Der Warenkorb bleibt erhalten; bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Shipping and tax could not be worked out: %1 The cart is kept.</source>
        <translation>Versand und Steuer konnten nicht berechnet werden: %1 Der Warenkorb bleibt erhalten.</translation>
    </message>
    <message>
        <source>The note could not be added to the session&apos;s record: %1</source>
        <translation>Die Notiz konnte dem Sitzungsprotokoll nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>Continued the caller&apos;s cart %1.</source>
        <translation>Warenkorb %1 des Anrufers fortgesetzt.</translation>
    </message>
    <message>
        <source>Started a separate order; the caller&apos;s cart %1 was left as it is.</source>
        <translation>Getrennte Bestellung begonnen; der Warenkorb %1 des Anrufers blieb unverändert.</translation>
    </message>
    <message>
        <source>Choose how to ship the order first; the shipping methods are read again.</source>
        <translation>Wählen Sie zuerst die Versandart; die Versandarten werden neu gelesen.</translation>
    </message>
    <message>
        <source>A supervisor co-signed the order: submitting it.</source>
        <translation>Eine Teamleitung hat die Bestellung gegengezeichnet: Sie wird jetzt abgesendet.</translation>
    </message>
    <message>
        <source>Supervisor %1 declined the order.</source>
        <translation>Teamleitung %1 hat die Bestellung abgelehnt.</translation>
    </message>
    <message>
        <source>Supervisor %1 declined the order: %2</source>
        <translation>Teamleitung %1 hat die Bestellung abgelehnt: %2</translation>
    </message>
    <message>
        <source>Waiting for a supervisor to co-sign (limit %1, this session %2)…</source>
        <translation>Warten auf die Gegenzeichnung durch eine Teamleitung (Limit %1, diese Sitzung %2)…</translation>
    </message>
</context>
<context>
    <name>onbehalf::ShortcutsDialog</name>
    <message>
        <source>Enter</source>
        <translation>Eingabetaste</translation>
    </message>
    <message>
        <source>Find buyer user</source>
        <translation>Käuferbenutzer finden</translation>
    </message>
    <message>
        <source>Shop as buyer</source>
        <translation>Als Käufer einkaufen</translation>
    </message>
    <message>
        <source>Search at once and go to the results</source>
        <translation>Sofort suchen und zu den Ergebnissen wechseln</translation>
    </message>
    <message>
        <source>%1: search field</source>
        <translation>%1: Suchfeld</translation>
    </message>
    <message>
        <source>Act for the selected user</source>
        <translation>Für den ausgewählten Benutzer handeln</translation>
    </message>
    <message>
        <source>%1: results</source>
        <translation>%1: Ergebnisse</translation>
    </message>
    <message>
        <source>Start the session</source>
        <translation>Sitzung beginnen</translation>
    </message>
    <message>
        <source>Start acting for a buyer: reason</source>
        <translation>Für einen Käufer handeln: Grund</translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation>Umschalt+Eingabetaste</translation>
    </message>
    <message>
        <source>New line in the reason</source>
        <translation>Neue Zeile im Grund</translation>
    </message>
    <message>
        <source>Search the catalog and go to the products</source>
        <translation>Im Katalog suchen und zu den Produkten wechseln</translation>
    </message>
    <message>
        <source>%1: product search</source>
        <translation>%1: Produktsuche</translation>
    </message>
    <message>
        <source>Go to the quantity</source>
        <translation>Zur Menge wechseln</translation>
    </message>
    <message>
        <source>%1: products</source>
        <translation>%1: Produkte</translation>
    </message>
    <message>
        <source>Add the product to the cart</source>
        <translation>Produkt in den Warenkorb legen</translation>
    </message>
    <message>
        <source>%1: quantity</source>
        <translation>%1: Menge</translation>
    </message>
    <message>
        <source>Type a number, then Enter</source>
        <translation>Zahl eingeben, dann Eingabetaste</translation>
    </message>
    <message>
        <source>Change the quantity of a cart line</source>
        <translation>Menge einer Warenkorbposition ändern</translation>
    </message>
    <message>
        <source>%1: cart</source>
        <translation>%1: Warenkorb</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Next or previous field</source>
        <translation>Nächstes oder vorheriges Feld</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + unterstrichener Buchstabe</translation>
    </message>
    <message>
        <source>Go to that field, button or menu</source>
        <translation>Zu diesem Feld, dieser Schaltfläche oder diesem Menü wechseln</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Every command is reachable from the keyboard. Menu commands show their shortcut in the menu as well.</source>
        <translation>Jeder Befehl ist über die Tastatur erreichbar. Menübefehle zeigen ihr Tastenkürzel auch im Menü an.</translation>
    </message>
    <message>
        <source>Keys, the command they run, and where they work</source>
        <translation>Tasten, der ausgelöste Befehl und wo sie gelten</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
</context>
<context>
    <name>onbehalf::SignInDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Local demo marketplace</source>
        <translation>Lokaler Demo-Marktplatz</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>Bitte geben Sie Ihren Benutzernamen und Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Enter the Client ID your administrator gave you.</source>
        <translation>Bitte geben Sie die Client-ID ein, die Sie von Ihrer Administration erhalten haben.</translation>
    </message>
    <message>
        <source>Starting the demo marketplace…</source>
        <translation>Demo-Marktplatz wird gestartet…</translation>
    </message>
    <message>
        <source>“%1” is not a marketplace address. Use a base URL such as https://sandboxapi.ordercloud.io.</source>
        <translation>„%1“ ist keine Marktplatz-Adresse. Bitte verwenden Sie eine Basis-URL wie https://sandboxapi.ordercloud.io.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Marketplace se&amp;ttings…</source>
        <translation>Marktplatz-&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Marketplace settings</source>
        <translation>Marktplatz-Einstellungen</translation>
    </message>
    <message>
        <source>The client secret for this marketplace is not in the keychain any more. Enter it again in Marketplace settings.</source>
        <translation>Das Client-Secret für diesen Marktplatz ist nicht mehr im Schlüsselbund. Geben Sie es in den Marktplatz-Einstellungen erneut ein.</translation>
    </message>
</context>
<context>
    <name>onbehalf::StartSessionDialog</name>
    <message>
        <source>Start acting for a buyer</source>
        <translation>Für einen Käufer handeln</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Why you act for this user; required, at most 500 characters</source>
        <translation>Warum Sie für diesen Benutzer handeln; erforderlich, höchstens 500 Zeichen</translation>
    </message>
    <message>
        <source>What did the caller ask for?</source>
        <translation>Worum hat die anrufende Person gebeten?</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Vorgangsnummer</translation>
    </message>
    <message>
        <source>Problem starting the session</source>
        <translation>Problem beim Beginnen der Sitzung</translation>
    </message>
    <message>
        <source>Starting the session</source>
        <translation>Sitzung wird begonnen</translation>
    </message>
    <message>
        <source>&amp;Start session</source>
        <translation>Sitzung &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Case number:</source>
        <translation>&amp;Vorgangsnummer:</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 Zeichen</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Sitzung starten</translation>
    </message>
    <message>
        <source>Type the reason to start: it is required and kept with the session.</source>
        <translation>Geben Sie den Grund ein, um zu beginnen: Er ist erforderlich und wird mit der Sitzung gespeichert.</translation>
    </message>
    <message>
        <source>%1 / %2 characters — shorten the reason to start.</source>
        <translation>%1 / %2 Zeichen – kürzen Sie den Grund, um zu beginnen.</translation>
    </message>
</context>
<context>
    <name>onbehalf::UserDetails</name>
    <message>
        <source>Act for this &amp;user…</source>
        <translation>Für diesen Benutzer hande&amp;ln…</translation>
    </message>
    <message>
        <source>Start acting for this user</source>
        <translation>Beginnen, für diesen Benutzer zu handeln</translation>
    </message>
    <message>
        <source>Start an impersonation session (Ctrl+I or Enter)</source>
        <translation>Eine Vertretungssitzung beginnen (Strg+I oder Eingabetaste)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive — the account is switched off</source>
        <translation>Inaktiv — das Konto ist deaktiviert</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>The account is switched off, so nobody can act for this user.</source>
        <translation>Das Konto ist deaktiviert, daher kann niemand für diesen Benutzer handeln.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>No — the account is switched off</source>
        <translation>Nein — das Konto ist deaktiviert</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No — %1</source>
        <translation>Nein — %1</translation>
    </message>
    <message>
        <source>You cannot read this user&apos;s orders.</source>
        <translation>Sie können die Bestellungen dieses Benutzers nicht einsehen.</translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation>Noch keine Bestellungen.</translation>
    </message>
    <message>
        <source>You cannot read this user&apos;s addresses.</source>
        <translation>Sie können die Adressen dieses Benutzers nicht einsehen.</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Lieferung</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>via business unit</source>
        <translation>über Geschäftsbereich</translation>
    </message>
    <message>
        <source>Neither shipping nor billing</source>
        <translation>Weder Lieferung noch Rechnung</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>No addresses saved.</source>
        <translation>Keine Adressen gespeichert.</translation>
    </message>
</context>
<context>
    <name>onbehalf::VerificationDialog</name>
    <message>
        <source>Verify the caller</source>
        <translation>Anrufer verifizieren</translation>
    </message>
    <message>
        <source>Before shopping for this caller, record how you verified who they are.</source>
        <translation>Bevor Sie für diesen Anrufer einkaufen, erfassen Sie bitte, wie Sie seine Identität geprüft haben.</translation>
    </message>
    <message>
        <source>&amp;Other verification:</source>
        <translation>&amp;Andere Prüfung:</translation>
    </message>
    <message>
        <source>Other verification</source>
        <translation>Andere Prüfung</translation>
    </message>
    <message>
        <source>&amp;Verified</source>
        <translation>&amp;Verifiziert</translation>
    </message>
    <message>
        <source>E&amp;nd session</source>
        <translation>Sitzung &amp;beenden</translation>
    </message>
    <message>
        <source>Confirmed e-mail on file</source>
        <translation>Hinterlegte E-Mail-Adresse bestätigt</translation>
    </message>
    <message>
        <source>Confirmed postcode</source>
        <translation>Postleitzahl bestätigt</translation>
    </message>
    <message>
        <source>Confirmed last order</source>
        <translation>Letzte Bestellung bestätigt</translation>
    </message>
</context>
<context>
    <name>onbehalf::WrapUpDialog</name>
    <message>
        <source>Wrap up the call</source>
        <translation>Anruf abschließen</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Nothing to record</source>
        <translation>Nichts zu erfassen</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>Nachbearbeitung nötig</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <source>No action</source>
        <translation>Keine Aktion</translation>
    </message>
    <message>
        <source>Wrap-up notes</source>
        <translation>Abschlussnotizen</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Erfassen</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>Über&amp;springen</translation>
    </message>
    <message>
        <source>&amp;Disposition:</source>
        <translation>Er&amp;gebnis:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Record how the call ended (required).</source>
        <translation>Erfassen Sie, wie der Anruf endete (erforderlich).</translation>
    </message>
    <message>
        <source>Record how the call ended, or press Enter to skip.</source>
        <translation>Erfassen Sie, wie der Anruf endete, oder drücken Sie die Eingabetaste zum Überspringen.</translation>
    </message>
</context>
</TS>

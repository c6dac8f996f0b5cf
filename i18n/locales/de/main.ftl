# Convoca — deutscher Katalog. Er muss alle Schlüssel des englischen Katalogs enthalten.

## Domänenmeldungen (Feldfehler und Probleme)
error-required = Dieses Feld muss ausgefüllt werden.
error-too-long = Höchstens { $max } Zeichen.
error-not-negative = Darf nicht negativ sein.
error-email-invalid = Dies ist keine gültige E-Mail-Adresse.
error-email-taken = Es gibt bereits ein Konto mit dieser E-Mail-Adresse.
error-password-short = Das Passwort muss mindestens { $min } Zeichen lang sein.
error-password-weak = Dieses Passwort ist zu leicht zu erraten: Es ist ein verbreitetes Passwort, ein einfaches Muster oder ähnelt Ihrem Namen oder Ihrer E-Mail-Adresse. Einige Wörter ohne Zusammenhang ergeben ein starkes Passwort, das leicht zu merken ist.
error-password-wrong = Das aktuelle Passwort ist nicht korrekt.
error-role-unknown = Unbekannte Rolle „{ $value }“.
error-kind-unknown = Unbekannte Organisationsart „{ $value }“.
error-kind-not-local-government = Nur Kommunen können sich registrieren; Partnerorganisationen werden von den Programmverantwortlichen erfasst.
error-country-unknown = „{ $value }“ ist kein Ländercode nach ISO 3166-1.
error-subdivision-unknown = „{ $value }“ ist keine Verwaltungseinheit von { $country }.
error-parent-unknown = Die übergeordnete Organisation existiert nicht.
error-parent-self = Eine Organisation kann sich nicht selbst übergeordnet sein.
error-organisation-unknown = Diese Organisation existiert nicht.
error-organisation-registered = In diesem Land ist bereits eine Organisation mit diesem Namen registriert. Wenn es Ihre ist, bitten Sie jemanden aus Ihrer Organisation, der Convoca bereits nutzt, oder das Programm um eine Einladung.
error-cannot-remove-own-admin = Sie können sich die eigene Administrationsrolle nicht entziehen.
error-cannot-deactivate-self = Sie können sich nicht selbst deaktivieren.
error-stale-version = Jemand anderes hat dies zwischenzeitlich geändert. Laden Sie die Seite neu und nehmen Sie Ihre Änderung erneut vor.
error-duplicate = Dieser Eintrag existiert bereits.

## Weboberfläche: der Rahmen jeder Seite
site-name = Convoca
layout-skip-to-content = Zum Hauptinhalt springen
layout-nav-label = Hauptnavigation
layout-language = Sprache
layout-language-change = Ändern
layout-footer = Convoca: offene, wettbewerbliche Ausschreibungen zwischen nationalen Programmen und Kommunen.
nav-home = Startseite
nav-signup = Registrieren
nav-login = Anmelden
nav-account = Mein Konto
nav-organisation = Meine Organisation
nav-organisations = Organisationen
nav-users = Nutzerkonten
nav-logout = Abmelden

## Startseite
home-title = Startseite
home-heading = Wettbewerbliche Ausschreibungen, offen und transparent
home-intro = Convoca führt wettbewerbliche Ausschreibungen zwischen nationalen Programmen und Kommunen durch. Eine nationale Behörde veröffentlicht eine Ausschreibung mit ihren Kriterien und ihrem Budget; Gemeinden, Landkreise und Bundesländer stellen online Anträge, allein oder mit zivilgesellschaftlichen Partnern; ein Auswahlgremium aus Mitgliedern von Verwaltung und Zivilgesellschaft bewertet die Anträge; und die Ergebnisse samt Begründungen sowie der Fortschritt der geförderten Pilotprojekte werden für alle einsehbar veröffentlicht.
home-signed-in-as = Angemeldet als { $name }.
home-unverified-notice = { $organisation } wurde noch nicht verifiziert. Die Programmverantwortlichen müssen die Organisation verifizieren, bevor sie Anträge einreichen kann.
home-go-account = Ihr Konto
home-go-organisation = Ihre Organisation
home-get-started = Erste Schritte
home-anonymous = Kommunen registrieren sich hier, um sich an Ausschreibungen zu beteiligen. Programmmitarbeitende und Mitglieder des Auswahlgremiums erhalten ihre Konten von der Administration.
home-signup-button = Ihre Kommune registrieren
home-login-button = Anmelden

## Gemeinsame Bezeichnungen
date-never = Nie
role-admin = Administration
role-manager = Programmverantwortliche
role-reviewer = Begutachtende
role-applicant = Antragstellende
role-none = Keine Rolle
kind-national-agency = Nationale Behörde
kind-region = Region
kind-province = Provinz
kind-state = Bundesland
kind-department = Département
kind-county = Landkreis
kind-municipality = Gemeinde
kind-association-of-municipalities = Gemeindeverband
kind-civil-society = Zivilgesellschaftliche Organisation
kind-academia = Hochschule oder Forschungseinrichtung
kind-private = Privatunternehmen
kind-international = Internationale Organisation
user-active = Aktiv
user-inactive = Deaktiviert

## Formulare und Listen
form-choose = Bitte wählen…
form-error-summary-title = Es gibt ein Problem
form-error-prefix = Fehler:
form-error-not-a-whole-number = Geben Sie eine ganze Zahl ein, zum Beispiel 25000.
form-password-hint = Mindestens { $min } Zeichen. Einige Wörter ohne Zusammenhang ergeben ein starkes Passwort, das leicht zu merken ist.
filter-any = Alle
filter-apply = Filter anwenden
list-count = { $count ->
    [one] { $count } Ergebnis
   *[other] { $count } Ergebnisse
}
pager-label = Seiten
pager-previous = Vorherige Seite
pager-next = Nächste Seite
pager-position = Seite { $page } von { $pages }

## Einmalige Hinweise nach einer Änderung
flash-signed-up = Willkommen bei Convoca! Ihre Organisation ist registriert.
flash-signed-out = Sie haben sich abgemeldet.
flash-profile-saved = Ihr Profil wurde gespeichert.
flash-password-changed = Ihr Passwort wurde geändert, und alle anderen Sitzungen wurden abgemeldet.
flash-password-changed-login = Ihr Passwort wurde geändert. Melden Sie sich mit Ihrem neuen Passwort an.
flash-token-revoked = Das API-Token wurde widerrufen.
flash-organisation-saved = Das Profil der Organisation wurde gespeichert.
flash-organisation-verified = Die Organisation wurde verifiziert.
flash-organisation-registered = Die Organisation wurde erfasst. Sie wird als nicht verifiziert geführt, bis die Programmverantwortlichen sie verifizieren.
flash-invitation-accepted = Willkommen! Sie sind Ihrer Organisation auf Convoca beigetreten.
flash-roles-saved = Die Rollen wurden gespeichert.
flash-user-created = Das Nutzerkonto wurde angelegt.
flash-user-activated = Das Nutzerkonto wurde aktiviert.
flash-user-deactivated = Das Nutzerkonto wurde deaktiviert und überall abgemeldet.

## Fehlerseiten
error-page-not-found-title = Seite nicht gefunden
error-page-not-found = Unter dieser Adresse gibt es nichts. Wenn Sie sie eingetippt haben, prüfen Sie sie; wenn Sie einem Link gefolgt sind, ist er möglicherweise abgelaufen oder wurde bereits verwendet.
error-page-forbidden-title = Nicht erlaubt
error-page-forbidden = Ihr Konto ist nicht berechtigt, diese Seite zu sehen oder diese Aktion auszuführen.
error-page-csrf-title = Das Formular konnte nicht angenommen werden
error-page-csrf = Das Formular wurde ohne sein Sicherheitstoken gesendet, oder das Token ist abgelaufen. Es wurde nichts geändert. Gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es noch einmal.
error-page-invalid-title = Einige Angaben sind ungültig
error-page-conflict-title = Dies war nicht möglich
error-page-invalid-transition = Dies ist im aktuellen Status nicht möglich.
error-page-deadline-passed = Die Frist ist abgelaufen.
error-page-rate-limited-title = Zu viele Versuche
error-rate-limited-seconds = Zu viele fehlgeschlagene Versuche. Versuchen Sie es in { $seconds ->
    [one] { $seconds } Sekunde
   *[other] { $seconds } Sekunden
} erneut.
error-rate-limited-minutes = Zu viele fehlgeschlagene Versuche. Versuchen Sie es in { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
} erneut.
error-page-internal-title = Etwas ist schiefgelaufen
error-page-internal = Convoca konnte diese Anfrage leider nicht abschließen. Versuchen Sie es gleich noch einmal; wenn das Problem weiterhin auftritt, nennen Sie der Administration die unten stehende Referenz.
error-page-reference = Referenz:
error-page-home-link = Zur Startseite
error-page-method-title = Nicht unterstützt
error-page-method = Diese Seite kann nicht auf diese Weise verwendet werden.
error-page-bad-request-title = Die Anfrage konnte nicht verstanden werden
error-page-bad-request = Etwas an der Anfrage war nicht wie erwartet. Gehen Sie zurück und versuchen Sie es noch einmal.

## Registrierung
signup-title = Registrierung
signup-heading = Ihre Kommune registrieren
signup-intro = Registrieren Sie Ihre Gemeinde, Ihren Landkreis oder Ihr Bundesland und legen Sie Ihr eigenes Konto an. Die Programmverantwortlichen verifizieren Ihre Organisation anschließend, bevor sie Anträge einreichen kann.
signup-organisation-legend = Ihre Organisation
signup-organisation-name = Offizieller Name
signup-organisation-kind = Art der Kommune
signup-organisation-country = Land
signup-organisation-country-hint = Zweistelliger ISO-Ländercode, zum Beispiel TN für Tunesien, DE für Deutschland oder AR für Argentinien.
signup-organisation-subdivision = Verwaltungseinheit (optional)
signup-organisation-subdivision-hint = ISO-3166-2-Code Ihres Bundeslands, Ihrer Region, Provinz oder Ihres Gouvernements, zum Beispiel DE-BY oder TN-11.
signup-organisation-population = Einwohnerzahl (optional)
signup-organisation-population-hint = Anzahl der Einwohnerinnen und Einwohner, in Ziffern.
signup-organisation-official-code = Amtlicher Schlüssel (optional)
signup-organisation-official-code-hint = Der Schlüssel Ihrer Organisation im nationalen Register, falls vorhanden.
signup-person-legend = Ihr Konto
signup-name = Ihr vollständiger Name
signup-email = E-Mail-Adresse
signup-password = Passwort
signup-submit = Registrieren
signup-have-account = Sie haben bereits ein Konto?
signup-login-link = Anmelden

## Anmeldung
login-title = Anmelden
login-heading = Bei Convoca anmelden
login-email = E-Mail-Adresse
login-password = Passwort
login-submit = Anmelden
login-problem-title = Die Anmeldung ist fehlgeschlagen
login-failed = E-Mail-Adresse oder Passwort ist nicht korrekt.
login-no-account = Noch kein Konto?
login-signup-link = Ihre Kommune registrieren

## Mein Konto
account-title = Mein Konto
account-heading = Mein Konto
account-email = E-Mail-Adresse
account-roles = Rollen
account-member-since = Mitglied seit
account-profile-heading = Profil
account-name = Name
account-profile-submit = Profil speichern
account-password-heading = Passwort
account-password-intro = Wenn Sie Ihr Passwort ändern, werden Sie auf allen anderen Geräten abgemeldet.
account-current-password = Aktuelles Passwort
account-new-password = Neues Passwort
account-password-submit = Passwort ändern
account-tokens-heading = API-Tokens
account-tokens-intro = Mit API-Tokens können Skripte und andere Systeme die API von Convoca in Ihrem Namen nutzen. Widerrufen Sie ein Token, sobald es nicht mehr benötigt wird.
account-tokens-none = Sie haben keine API-Tokens.
account-token-name = Name
account-token-name-hint = Wofür das Token dient, zum Beispiel „Monatlicher Berichtsexport“.
account-token-prefix = Beginnt mit
account-token-created-at = Erstellt
account-token-last-used = Zuletzt verwendet
account-token-status = Status
account-token-revoked-at = Widerrufen am { $date }
account-token-revoke = Widerrufen
account-token-new-heading = Token erstellen
account-token-submit = Token erstellen
account-token-created = Token „{ $name }“ erstellt
account-token-copy-warning = Kopieren Sie dieses Token jetzt: Es wird nicht noch einmal angezeigt.
account-token-secret = Ihr neues Token

## Einladungen
invitation-title = Ihrer Organisation beitreten
invitation-heading = { $organisation } auf Convoca beitreten
invitation-intro = Sie wurden als { $email } eingeladen. Wählen Sie Ihren Namen und ein Passwort, um Ihr Konto anzulegen.
invitation-name = Ihr vollständiger Name
invitation-password = Passwort
invitation-submit = Mein Konto anlegen
invitation-status-pending = Ausstehend
invitation-status-accepted = Angenommen
invitation-status-expired = Abgelaufen

## Meine Organisation
organisation-eyebrow = Meine Organisation
organisation-unverified-notice = Die Programmverantwortlichen haben diese Organisation noch nicht verifiziert. Bis dahin kann sie keine Anträge einreichen.
organisation-name = Name
organisation-kind = Art
organisation-kind-hint = Wenn Sie die Art oder das Land ändern, muss die Organisation erneut verifiziert werden.
organisation-country = Land
organisation-subdivision = Verwaltungseinheit
organisation-population = Einwohnerzahl
organisation-official-code = Amtlicher Schlüssel
organisation-status = Status
organisation-verified-on = Verifiziert am { $date }
organisation-unverified = Nicht verifiziert
organisation-edit-heading = Profil bearbeiten
organisation-edit-submit = Profil speichern
organisation-members-heading = Mitglieder
organisation-member-name = Name
organisation-member-email = E-Mail-Adresse
organisation-member-roles = Rollen
organisation-member-status = Status
organisation-invitations-heading = Einladungen
organisation-invitations-intro = Laden Sie Kolleginnen und Kollegen ein, die Anträge Ihrer Organisation gemeinsam mit Ihnen vorzubereiten. Jeder Einladungslink funktioniert einmal und ist { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
} gültig.
organisation-invitations-none = Noch keine Einladungen.
organisation-invitation-email = E-Mail-Adresse
organisation-invitation-sent = Gesendet
organisation-invitation-expires = Läuft ab
organisation-invitation-status = Status
organisation-invite-heading = Kollegin oder Kollegen einladen
organisation-invite-email = E-Mail-Adresse Ihrer Kollegin oder Ihres Kollegen
organisation-invite-email-hint = Convoca versendet noch keine E-Mails: Sie erhalten einen Link, den Sie selbst weitergeben.
organisation-invite-submit = Einladung erstellen
organisation-invitation-created = Einladung für { $email } erstellt
organisation-invitation-copy-warning = Senden Sie diesen Link jetzt an Ihre Kollegin oder Ihren Kollegen: Er wird nicht noch einmal angezeigt.
organisation-invitation-link = Einladungslink

## Programmverantwortliche: Organisationen
manage-title = Organisationen
manage-heading = Organisationen
manage-filters-label = Organisationen filtern
manage-filter-search = Name enthält
manage-filter-verified = Verifizierung
manage-filter-kind = Art
manage-filter-country = Ländercode
manage-verified = Verifiziert
manage-unverified = Nicht verifiziert
manage-verify = Verifizieren
manage-new-heading = Organisation erfassen
manage-new-intro = Kommunen registrieren sich selbst. Andere Organisationen, etwa nationale Behörden, zivilgesellschaftliche Partner und Hochschulen, werden hier erfasst.
manage-new-subdivision-hint = ISO-3166-2-Code des Bundeslands, der Region, Provinz oder des Gouvernements, zum Beispiel DE-BY oder TN-11.
manage-new-official-code-hint = Der Schlüssel der Organisation im nationalen Register, falls vorhanden.
manage-new-submit = Organisation erfassen

## Administration: Nutzerkonten
admin-title = Nutzerkonten
admin-heading = Nutzerkonten
admin-filters-label = Nutzerkonten filtern
admin-filter-search = Name oder E-Mail enthält
admin-filter-role = Rolle
admin-filter-active = Status
admin-user = Person
admin-roles = Rollen
admin-status = Status
admin-roles-of = Rollen von { $name }
admin-save-roles = Rollen speichern
admin-activate = Aktivieren
admin-deactivate = Deaktivieren
admin-new-user-heading = Nutzerkonto anlegen
admin-name = Name
admin-email = E-Mail-Adresse
admin-password = Anfangspasswort
admin-organisation-id = Kennung der Organisation (optional)
admin-organisation-id-hint = Die Kennung der Organisation, für die die Person handelt. Für Programmmitarbeitende leer lassen.
admin-create-user = Nutzerkonto anlegen

## Geld (Domänenmeldungen)
error-currency-unknown = „{ $value }“ ist kein Währungscode nach ISO 4217.
error-money-invalid = „{ $value }“ ist kein Betrag; schreiben Sie ihn zum Beispiel als 12500.50 (mit Punkt als Dezimaltrennzeichen, ohne Tausenderpunkte).
error-money-negative = Der Betrag darf nicht negativ sein.
error-money-precision = Höchstens { $digits } Nachkommastellen in { $currency }.
error-money-too-large = Dieser Betrag ist zu groß.

## Erläuterungen zur Förderfähigkeit (Domänenmeldungen)
list-separator = {", "}
eligibility-range-between = zwischen { $min } und { $max }
eligibility-range-at-least = mindestens { $min }
eligibility-range-at-most = höchstens { $max }
eligibility-range-any = beliebiger Größe
eligibility-kind-pass = { $kind } gehört zu den Organisationsarten, die diese Ausschreibung zulässt ({ $allowed }).
eligibility-kind-fail = Diese Ausschreibung lässt nur folgende Organisationsarten zu: { $allowed }; { $kind } gehört nicht dazu.
eligibility-population-pass = Die Einwohnerzahl von { $population } ist, wie von der Ausschreibung verlangt, { $range }.
eligibility-population-fail = Die Einwohnerzahl von { $population } ist nicht { $range }, wie es die Ausschreibung verlangt.
eligibility-population-unknown = Die Einwohnerzahl ist nicht erfasst; die Ausschreibung verlangt, dass sie { $range } ist.
eligibility-location-pass = { $place } gehört zu den Gebieten, für die diese Ausschreibung gilt ({ $allowed }).
eligibility-location-fail = Diese Ausschreibung gilt nur für { $allowed }; { $place } gehört nicht dazu.
eligibility-prerequisites-pass = Alle erforderlichen Schritte sind erfasst: { $required }.
eligibility-prerequisites-fail = Es fehlt noch: { $missing }.
eligibility-consortium-count = { $kind }: { $count } von mindestens { $minimum }
eligibility-consortium-pass = Der Verbund hat die erforderlichen Mitglieder ({ $counts }).
eligibility-consortium-fail = Dem Verbund fehlen Mitglieder: { $short }.
eligibility-amount-pass = Der beantragte Betrag von { $amount } ist { $range } und liegt damit innerhalb der Fördergrenzen der Ausschreibung.
eligibility-amount-fail = Der beantragte Betrag von { $amount } ist nicht { $range } und liegt damit außerhalb der Fördergrenzen der Ausschreibung.
eligibility-amount-missing = Es ist noch kein Betrag beantragt; er muss { $range } sein.
eligibility-cofunding-pass = Der Eigenanteil beträgt { $share } des Gesamtbudgets; mindestens { $minimum } sind erforderlich.
eligibility-cofunding-fail = Der Eigenanteil beträgt nur { $share } des Gesamtbudgets; mindestens { $minimum } sind erforderlich.
eligibility-cofunding-no-budget = Es gibt noch kein Budget; der Eigenanteil muss { $minimum } davon erreichen.

## Programme und Ausschreibungen (Domänenmeldungen)
error-number-invalid = „{ $value }“ ist keine Zahl.
error-weight-positive = Die Gewichtung muss größer als null sein.
error-at-least = Muss mindestens { $min } sein.
error-between = Muss zwischen { $min } und { $max } liegen.
error-question-kind-unknown = Unbekannte Fragenart „{ $value }“.
error-choices-too-few = Geben Sie mindestens zwei Auswahlmöglichkeiten an.
error-choices-duplicate = Jede Auswahlmöglichkeit darf nur einmal vorkommen.
error-time-zone-unknown = „{ $value }“ ist keine IANA-Zeitzone (zum Beispiel Europe/Berlin).
error-call-code = Verwenden Sie 2 bis 12 Buchstaben oder Ziffern, zum Beispiel TUN.
error-closes-after-opens = Die Antragsfrist muss nach dem Öffnungszeitpunkt liegen.
error-max-award-below-min = Die höchste Fördersumme darf nicht kleiner als die niedrigste sein.
error-budget-below-max-award = Das Gesamtbudget muss mindestens die höchste Fördersumme abdecken.
error-agency-unknown = Wählen Sie eine Organisation der Art „Nationale Behörde“.
error-currency-locked = Die Währung kann nicht mehr geändert werden, sobald das Programm Ausschreibungen hat.
error-programme-unknown = Dieses Programm existiert nicht.
error-call-frozen = Die Ausschreibung hat den Status „{ $state }“. Damit alle Antragsteller nach den Regeln beurteilt werden, die sie gelesen haben, kann Folgendes nicht mehr geändert werden: { $parts }.
error-deadline-in-past = Die Frist ist bereits abgelaufen.
error-call-needs-criteria = Eine Ausschreibung braucht mindestens ein Kriterium, bevor sie geöffnet werden kann.
error-tie-break-unknown = Die Reihenfolge bei Punktgleichheit nennt ein Kriterium, das die Ausschreibung nicht hat.
error-rule-invalid = Diese Regel ist nicht verständlich ({ $reason }).
error-rule-empty = Diese Regel ist noch leer; füllen Sie sie aus oder entfernen Sie sie.
error-range-order = Die Untergrenze darf die Obergrenze nicht überschreiten.
error-prerequisite-unknown = Diese Voraussetzung ist im Programm nicht definiert.
error-prerequisite-recorded = Diese Voraussetzung ist für diese Organisation bereits erfasst.
error-prerequisite-name-unknown = Das Programm hat keine Voraussetzung mit dem Namen „{ $value }“.
error-date-in-future = Das Datum darf nicht in der Zukunft liegen.
error-date-invalid = „{ $value }“ ist kein Datum; schreiben Sie es im Format JJJJ-MM-TT.
error-organisation-not-found = Keine Organisation hat die Kennung, den amtlichen Schlüssel oder den Namen „{ $value }“.
error-csv-unreadable = Die Datei konnte nicht als CSV gelesen werden.
error-csv-columns = Die Datei braucht die Spalten { $columns }.
error-csv-row-unreadable = Diese Zeile konnte nicht gelesen werden.
error-csv-row-failed = Diese Zeile konnte nicht erfasst werden; versuchen Sie es erneut oder erfassen Sie sie von Hand.

## Weboberfläche: Navigation zu Ausschreibungen und Programmen
nav-calls = Ausschreibungen
nav-programmes = Programme
nav-manage-calls = Ausschreibungen verwalten

## Formulare der Ausschreibungen
form-error-datetime = Geben Sie Datum und Uhrzeit ein, zum Beispiel 2027-01-31 23:59.
form-error-datetime-gap = Diese Uhrzeit gibt es in { $zone } nicht, weil dann die Uhren umgestellt werden. Wählen Sie eine andere Uhrzeit.
form-error-on-line = Zeile { $line }: { $message }
form-error-quota-line = Schreiben Sie den Code einer Verwaltungseinheit, dann die kleinste und die größte Anzahl von Förderungen, zum Beispiel „TN-42 1 3“.
form-error-tie-break = Schreiben Sie Nummern von Kriterien, durch Kommas getrennt, zum Beispiel „1, 3“.

## Ausschreibungen: die öffentliche Liste
calls-title = Ausschreibungen
calls-heading = Ausschreibungen
calls-intro = Ausschreibungen nationaler Programme für Kommunen. Öffnen Sie eine Ausschreibung, um zu lesen, wer antragsberechtigt ist, wie Anträge bewertet werden und wann die Antragsfrist endet.
calls-filters-label = Ausschreibungen filtern
calls-filter-programme = Programm
calls-filter-country = Ländercode
calls-filter-status = Status
calls-filter-upcoming = Öffnet demnächst
calls-filter-open = Offen für Anträge
calls-filter-past = Geschlossen
calls-filter-draft = Entwurf
calls-none = Keine Ausschreibung entspricht diesen Filtern.

## Ausschreibungen: die Seite einer Ausschreibung
call-title = Titel
call-programme = Programm
call-status = Status
call-deadline = Antragsfrist
call-opens = Öffnet
call-budget = Gesamtbudget
call-awards = Fördersumme pro Projekt
call-award-range = von { $min } bis { $max }
call-slots = Höchstzahl geförderter Projekte
call-min-total-score = Mindestgesamtpunktzahl
call-score-out-of-100 = { $score } von 100
call-quotas = Förderungen pro Region
call-quota = { $subdivision }: { $range }
call-reference-code = Kürzel
call-status-upcoming = Öffnet demnächst
call-status-open = Offen für Anträge
call-time-left-days = Noch { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
}{ $hours ->
    [0] {""}
    [one] {" "}{ $hours } Stunde
   *[other] {" "}{ $hours } Stunden
}
call-time-left-hours = Noch { $hours ->
    [one] { $hours } Stunde
   *[other] { $hours } Stunden
}{ $minutes ->
    [0] {""}
    [one] {" "}{ $minutes } Minute
   *[other] {" "}{ $minutes } Minuten
}
call-time-left-minutes = Noch { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
}
call-apply = Antrag stellen
call-edit-link = Ausschreibung bearbeiten
call-description-heading = Über diese Ausschreibung
call-rules-heading = Wer antragsberechtigt ist
call-rules-none = Diese Ausschreibung legt keine Förderfähigkeitsregeln fest.
call-criteria-heading = Auswahlkriterien
call-criteria-intro = Das Auswahlgremium bewertet jeden förderfähigen Antrag nach jedem Kriterium. Die Gewichtung gibt an, wie stark ein Kriterium in die Gesamtpunktzahl von 100 eingeht.
call-criteria-none = Noch keine Kriterien.
call-criterion-position = Nr.
call-criterion-title = Kriterium
call-criterion-weight = Gewichtung
call-criterion-share = { $share } der Gesamtpunktzahl
call-criterion-max-score = Höchstpunktzahl
call-criterion-min-score = Mindestpunktzahl
call-criterion-no-minimum = Keine
call-criterion-guidance = Worauf die Begutachtenden achten
call-questions-heading = Fragen des Antragsformulars
call-questions-none = Das Antragsformular enthält keine weiteren Fragen.
call-question-required = Pflichtangabe
call-indicators-heading = Indikatoren
call-indicators-intro = Geförderte Projekte berichten anhand dieser Indikatoren über ihren Fortschritt.
call-indicator = { $name } ({ $unit })
state-draft = Entwurf
state-open = Offen
state-closed = Geschlossen
state-reviewing = In Begutachtung
state-decided = Entschieden
state-archived = Archiviert
question-kind-short-text = Kurzer Text
question-kind-long-text = Langer Text
question-kind-number = Zahl
question-kind-single-choice = Einfachauswahl
question-kind-multiple-choice = Mehrfachauswahl
question-kind-yes-no = Ja oder Nein
question-kind-document = Ein anzuhängendes Dokument
question-limit-length = Höchstens { $max ->
    [one] { $max } Zeichen
   *[other] { $max } Zeichen
}
question-limit-number = Eine Zahl, { $range }
rule-applicant-kinds = Zugelassene Antragsteller: { $kinds }.
rule-population = Die Einwohnerzahl des Antragstellers muss { $range } sein.
rule-location = Antragsteller müssen ihren Sitz hier haben: { $places }.
rule-prerequisites = Für Antragsteller muss Folgendes erfasst sein: { $required }.
rule-consortium = Der Antrag muss von einem Verbund gestellt werden mit: { $minimums }.
rule-consortium-minimum = { $kind } (mindestens { $minimum })
rule-requested-amount = Der beantragte Betrag muss { $range } sein.
rule-cofunding = Der Eigenanteil muss mindestens { $share } des Gesamtbudgets des Projekts betragen.

## Programmverantwortliche: Ausschreibungen
manage-calls-title = Ausschreibungen verwalten
manage-calls-heading = Ausschreibungen verwalten
manage-calls-new-heading = Neue Ausschreibung
manage-calls-new-intro = Eine neue Ausschreibung beginnt als Entwurf, den nur die Programmverantwortlichen sehen. Fügen Sie im Editor Kriterien, Regeln und Fragen hinzu und öffnen Sie sie dann.
manage-calls-no-programme = Legen Sie zuerst ein Programm an: Jede Ausschreibung gehört zu einem Programm.
manage-calls-create = Entwurf anlegen
editor-programme = Programm
editor-code = Kürzel
editor-code-hint = 2 bis 12 Buchstaben oder Ziffern, verwendet in den Aktenzeichen der Anträge: TUN ergibt TUN-2027-0007.
editor-title = Titel
editor-description = Beschreibung
editor-description-hint = Reiner Text; lassen Sie zwischen Absätzen eine Leerzeile.
editor-time-zone = Zeitzone
editor-time-zone-hint = Der IANA-Name der Zeitzone der Region, zum Beispiel Africa/Tunis, Europe/Berlin oder America/Argentina/Buenos_Aires.
editor-opens-at = Öffnet am
editor-closes-at = Antragsfrist
editor-dates-hint = Datum und Uhrzeit in der Zeitzone der Ausschreibung ({ $zone }).
editor-dates-hint-new = Datum und Uhrzeit in der oben angegebenen Zeitzone.
editor-total-budget = Gesamtbudget
editor-money-hint = In der Währung des Programms, zum Beispiel 500000 oder 12500.50 (mit Punkt als Dezimaltrennzeichen).
editor-min-award = Niedrigste Fördersumme
editor-max-award = Höchste Fördersumme
editor-max-awards = Höchstzahl geförderter Projekte
editor-max-awards-hint = Die Anzahl der Förderplätze.
editor-min-reviews = Begutachtungen pro Antrag
editor-min-reviews-hint = Wie viele Begutachtungen ein Antrag braucht, bevor er in die Rangfolge aufgenommen werden kann.
editor-min-total-score = Mindestgesamtpunktzahl (optional)
editor-min-total-score-hint = Von 0 bis 100. Anträge darunter werden nicht gefördert.
editor-tie-break = Reihenfolge bei Punktgleichheit (optional)
editor-tie-break-hint = Nummern der Kriterien, die bei Punktgleichheit entscheiden, in dieser Reihenfolge, zum Beispiel „1, 3“.
editor-quotas = Förderungen pro Region (optional)
editor-quotas-hint = Eine Region pro Zeile: ihr ISO-3166-2-Code, die kleinste und die größte Anzahl von Förderungen, zum Beispiel „TN-42 1 3“. Schreiben Sie „-“ für keine Begrenzung.
editor-reporting-cadence = Monate zwischen Zwischenberichten (optional)
editor-reporting-cadence-hint = Leer lassen, um die Voreinstellung des Programms zu verwenden.
editor-public-page = Öffentliche Seite ansehen
editor-frozen-notice = Diese Ausschreibung ist geöffnet: Kriterien, Gewichtungen, Fragen und Förderfähigkeitsregeln sind eingefroren, damit alle Antragsteller nach den Regeln beurteilt werden, die sie gelesen haben.
call-part-criteria = Kriterien
call-part-questions = Fragen
call-part-eligibility-rules = Förderfähigkeitsregeln
call-part-code = Kürzel
call-part-opens-at = Öffnungsdatum
call-part-total-budget = Gesamtbudget
call-part-min-award = niedrigste Fördersumme
call-part-max-award = höchste Fördersumme
call-part-max-awards = Anzahl der Förderungen
call-part-min-reviews = Begutachtungen pro Antrag
call-part-min-total-score = Mindestgesamtpunktzahl
call-part-tie-break = Reihenfolge bei Punktgleichheit
call-part-quotas = Förderungen pro Region
editor-sections-label = Teile der Ausschreibung
editor-details-heading = Angaben
editor-details-frozen = Sobald eine Ausschreibung geöffnet ist, können nur noch Titel, Beschreibung, Antragsfrist, Zeitzone und Berichtsrhythmus geändert werden; die übrigen Felder sind schreibgeschützt.
editor-details-save = Angaben speichern
editor-section-frozen = Eingefroren seit der Öffnung der Ausschreibung.
editor-criteria-intro = Jedes Kriterium wird von 0 bis zu seiner Höchstpunktzahl bewertet; seine Gewichtung gibt an, wie stark es zählt. Füllen Sie eine leere Zeile aus, um ein Kriterium hinzuzufügen; kreuzen Sie „Entfernen“ an, um eines zu löschen.
editor-criteria-save = Kriterien speichern
editor-criterion-cell = Kriterium { $number }: { $column }
editor-remove = Entfernen
editor-rules-heading = Förderfähigkeitsregeln
editor-rules-intro = Füllen Sie nur die Regeln aus, die diese Ausschreibung braucht; ein leerer Teil legt keine Regel fest. Antragsteller sehen jede Regel in verständlichen Worten und ob sie sie erfüllen.
editor-rules-hidden = Diese Ausschreibung hat mehr Regeln einer Art, als dieses Formular anzeigen kann. Beim Speichern des Formulars werden sie durch das ersetzt, was hier angezeigt wird.
editor-rules-save = Regeln speichern
editor-rule-kinds = Zugelassene Antragsteller
editor-rule-population-min = Mindesteinwohnerzahl
editor-rule-population-max = Höchsteinwohnerzahl
editor-rule-countries = Länder
editor-rule-countries-hint = ISO-Ländercodes, durch Kommas getrennt, zum Beispiel TN, AR.
editor-rule-subdivisions = Regionen
editor-rule-subdivisions-hint = ISO-3166-2-Codes, durch Kommas getrennt, zum Beispiel TN-11, AR-B.
editor-rule-prerequisites = Erforderliche Voraussetzungen
editor-rule-no-prerequisites = Das Programm definiert noch keine Voraussetzungen. Definieren Sie sie auf der Seite des Programms:
editor-rule-consortium = Verbund
editor-rule-consortium-hint = Die Mindestzahl an Mitgliedern jeder Art, einschließlich des federführenden Antragstellers. Leer lassen, wenn es keine Vorgabe gibt.
editor-rule-consortium-kind = { $kind }: mindestens
editor-rule-amount = Der beantragte Betrag muss innerhalb der Fördergrenzen liegen
editor-rule-amount-hint = Derzeit { $range }. Speichern Sie die Regeln nach einer Änderung der Grenzen erneut.
editor-rule-cofunding = Mindesteigenanteil (%)
editor-rule-cofunding-hint = Der Anteil am Gesamtbudget des Projekts, den der Antragsteller selbst finanzieren muss, von 0 bis 100.
editor-questions-heading = Fragen des Antragsformulars
editor-questions-intro = Fragen, die alle Antragsteller zusätzlich zu den Standardfragen beantworten. Füllen Sie einen leeren Block aus, um eine Frage hinzuzufügen.
editor-questions-save = Fragen speichern
editor-question-legend = Frage { $number }
editor-question-cell = Frage { $number }: { $column }
editor-question-prompt = Frage
editor-question-help = Hilfetext
editor-question-kind = Art der Antwort
editor-question-max-length = Maximale Antwortlänge
editor-question-max-length-hint = Bei Textantworten: die höchstens erlaubte Zeichenzahl.
editor-question-min-number = Kleinste Zahl
editor-question-max-number = Größte Zahl
editor-question-choices = Auswahlmöglichkeiten
editor-question-choices-hint = Bei Auswahlfragen: eine Auswahlmöglichkeit pro Zeile.
editor-indicators-intro = Geförderte Projekte berichten über diese Indikatoren; sie können geändert werden, bis über die Ergebnisse entschieden ist.
editor-indicators-save = Indikatoren speichern
editor-indicator-cell = Indikator { $number }: { $column }
editor-indicator-name = Indikator
editor-indicator-unit = Einheit
editor-lifecycle-heading = Status
editor-lifecycle-state = Status der Ausschreibung: { $state }.
editor-lifecycle-none = Für diese Ausschreibung ist hier nichts mehr zu tun.
editor-action-open = Ausschreibung öffnen
editor-action-close = Ausschreibung schließen
editor-action-start-review = Begutachtung starten
editor-confirm-open-heading = „{ $title }“ für Anträge öffnen?
editor-confirm-close-heading = „{ $title }“ schließen?
editor-confirm-start-review-heading = Begutachtung von „{ $title }“ starten?
editor-confirm-open-frozen = Nach der Öffnung sind Kriterien, Gewichtungen, Fragen und Förderfähigkeitsregeln eingefroren: Sie können nicht mehr geändert werden, damit alle Antragsteller nach den Regeln beurteilt werden, die sie gelesen haben.
editor-confirm-open-public = Die Ausschreibung wird öffentlich. Anträge werden von { $opens } bis { $deadline } angenommen.
editor-confirm-open-details = Budget, Fördergrenzen, Förderplätze, Schwellenwerte, Reihenfolge bei Punktgleichheit und regionale Quoten werden ebenfalls eingefroren; Titel, Beschreibung, Antragsfrist und Zeitzone können weiterhin geändert werden.
editor-confirm-close-early = Es werden keine Anträge mehr angenommen, auch wenn die Antragsfrist ({ $deadline }) möglicherweise noch nicht abgelaufen ist.
editor-confirm-start-review-committee = Das Auswahlgremium beginnt mit der Bewertung der Anträge.
editor-confirm-final = Dies kann nicht rückgängig gemacht werden.
editor-confirm-cancel = Abbrechen
editor-confirm-back = Zurück zur Ausschreibung
editor-clone-heading = Nächste Runde
editor-clone-intro = Starten Sie die nächste Ausgabe dieser Ausschreibung: einen neuen Entwurf mit denselben Angaben, Kriterien, Fragen, Regeln und Indikatoren und den unten angegebenen Terminen.
editor-clone-submit = Nächste Runde anlegen

## Programmverantwortliche: Programme
programmes-title = Programme
programmes-heading = Programme
programmes-intro = Nationale Programme und ihre Ausschreibungen. Jedes Programm gehört zu einer nationalen Behörde und hat eine Währung für alle seine Beträge.
programmes-none = Noch keine Programme.
programmes-new-heading = Neues Programm
programmes-no-agency = Es ist noch keine nationale Behörde erfasst. Ein Programm muss zu einer Organisation der Art „Nationale Behörde“ gehören; erfassen Sie daher zuerst die Behörde.
programmes-no-agency-link = Nationale Behörde erfassen
programmes-create = Programm anlegen
programme-name = Name
programme-description = Beschreibung
programme-agency = Nationale Behörde
programme-currency = Währung
programme-currency-hint = ISO-4217-Code, zum Beispiel TND, EUR oder ARS.
programme-currency-locked-hint = ISO-4217-Code. Er kann nicht mehr geändert werden, sobald das Programm Ausschreibungen hat.
programme-cadence = Berichtsrhythmus
programme-cadence-hint = Monate zwischen den Zwischenberichten geförderter Projekte, von 1 bis 24; Ausschreibungen können einen eigenen Rhythmus festlegen.
programme-cadence-months = { $months ->
    [one] Jeden Monat
   *[other] Alle { $months } Monate
}
programme-edit-heading = Programm bearbeiten
programme-save = Programm speichern
programme-calls-link = Ausschreibungen dieses Programms
prerequisites-heading = Voraussetzungen
prerequisites-intro = Tatsachen über eine Organisation, die Ausschreibungen als Voraussetzung verlangen können, etwa eine abgeschlossene Schulung oder eine unterzeichnete Erklärung. Erfassen Sie sie einzeln oder importieren Sie viele auf einmal.
prerequisites-none = Noch keine Voraussetzungen definiert.
prerequisite-kind-name = Voraussetzung
prerequisite-kind-name-hint = Zum Beispiel „Open-Government-Schulung abgeschlossen“.
prerequisite-kind-description = Was als erfüllt gilt
prerequisite-kind-new-heading = Voraussetzung definieren
prerequisite-kind-create = Voraussetzung definieren
prerequisite-record-heading = Voraussetzung erfassen
prerequisite-record-organisation = Organisation
prerequisite-record-organisation-ref = Oder die Kennung der Organisation
prerequisite-record-organisation-ref-hint = Wenn die Organisation nicht in der Liste steht, fügen Sie hier ihre Kennung ein.
prerequisite-record-kind = Voraussetzung
prerequisite-record-date = Erfüllt am
prerequisite-record-date-hint = Zum Beispiel 2026-03-01.
prerequisite-record-evidence = Nachweis
prerequisite-record-evidence-hint = Zum Beispiel eine Zertifikatsnummer oder ein Ratsbeschluss.
prerequisite-record-submit = Erfassen
prerequisite-import-heading = Aus CSV importieren
prerequisite-import-intro = Fügen Sie CSV-Text ein, dessen erste Zeile die Spalten benennt:
prerequisite-import-columns = Die Organisation wird durch ihre Kennung, ihren amtlichen Schlüssel oder ihren genauen Namen angegeben, sofern keine andere Organisation so heißt, die Voraussetzung durch ihren oben definierten Namen; Datumsangaben im Format JJJJ-MM-TT.
prerequisite-import-csv = CSV-Text
prerequisite-import-csv-hint = Gültige Zeilen werden erfasst, die übrigen abgelehnt; Sie erhalten für jede Zeile eine Rückmeldung.
prerequisite-import-submit = Importieren
prerequisite-import-report-heading = Importbericht
prerequisite-import-recorded = { $count ->
    [one] { $count } Zeile erfasst.
   *[other] { $count } Zeilen erfasst.
}
prerequisite-import-refused = { $count ->
    [one] { $count } Zeile abgelehnt.
   *[other] { $count } Zeilen abgelehnt.
}
prerequisite-import-line = Zeile
prerequisite-import-outcome = Ergebnis
prerequisite-import-reason = Grund
prerequisite-import-row-recorded = Erfasst
prerequisite-import-row-refused = Abgelehnt

## Einmalige Hinweise zu Programmen und Ausschreibungen
flash-programme-created = Das Programm wurde angelegt.
flash-programme-saved = Das Programm wurde gespeichert.
flash-prerequisite-kind-created = Die Voraussetzung wurde definiert.
flash-prerequisite-recorded = Die Voraussetzung wurde erfasst.
flash-call-created = Der Entwurf der Ausschreibung wurde angelegt. Fügen Sie Kriterien, Regeln und Fragen hinzu und öffnen Sie die Ausschreibung dann.
flash-call-details-saved = Die Angaben wurden gespeichert.
flash-call-criteria-saved = Die Kriterien wurden gespeichert.
flash-call-eligibility-saved = Die Förderfähigkeitsregeln wurden gespeichert.
flash-call-questions-saved = Die Fragen wurden gespeichert.
flash-call-indicators-saved = Die Indikatoren wurden gespeichert.
flash-call-opened = Die Ausschreibung ist geöffnet.
flash-call-closed = Die Ausschreibung ist geschlossen.
flash-call-review-started = Die Begutachtung hat begonnen.
flash-call-cloned = Die nächste Runde wurde als Entwurf angelegt.

## Anträge: Prüfung und Checkliste (Domänenmeldungen)
error-at-most = Darf höchstens { $max } sein.
error-too-many = Höchstens { $max } Einträge.
error-money-zero = Der Betrag muss größer als null sein.
error-question-unknown = Diese Frage gehört nicht zur Ausschreibung.
error-choice-unknown = „{ $value }“ ist keine der Auswahlmöglichkeiten.
error-yes-no = Antworten Sie mit Ja oder Nein.
error-answer-is-document = Diese Frage wird durch Anhängen eines Dokuments beantwortet.
error-question-not-document = Diese Frage verlangt kein Dokument.
error-incomplete = Es fehlt: { $item }
error-attachment-empty = Die Datei ist leer.
error-attachment-unreadable = Der Upload konnte nicht gelesen werden ({ $reason }).
error-attachment-too-large = Die Datei ist größer als { $max }.
error-attachment-type = Diese Dateiart wird nicht akzeptiert (erkannt: { $detected }). Akzeptiert: { $accepted }.
error-attachment-disguised = „{ $name }“ ist wie eine andere Dateiart benannt, enthält aber { $detected }.
error-attachment-limit = Höchstens { $max } Anhänge pro Antrag.
error-call-not-open = Diese Ausschreibung nimmt keine Anträge an.
error-application-exists = Ihre Organisation hat bereits einen Antrag zu dieser Ausschreibung begonnen.
error-application-locked = Der Antrag kann nicht mehr geändert werden (Status: { $state }).
error-partner-is-lead = Die federführende Organisation kann nicht zugleich Partnerorganisation sein.
error-partner-duplicate = Diese Organisation ist bereits Partnerorganisation.
error-partner-registered = In diesem Land ist bereits eine Organisation mit diesem Namen registriert: Suchen Sie sie über den Namen und fügen Sie stattdessen diese hinzu.
error-partner-kind = Eine nationale Behörde kann keine Partnerorganisation sein.
error-organisation-unverified = Ihre Organisation wurde vom Programm noch nicht verifiziert; das ist Voraussetzung für das Einreichen.
error-screening-reason = Geben Sie an, warum der Antrag nicht förderfähig ist; der Antragsteller sieht diese Begründung.
error-call-decided = Über die Ausschreibung ist entschieden; die Förderfähigkeitsprüfung kann nicht mehr geändert werden.
checklist-title = Ein Projekttitel
checklist-summary = Eine Zusammenfassung
checklist-problem = Das Problem, das das Pilotprojekt angeht
checklist-objectives = Die Ziele
checklist-participation-plan = Das Beteiligungskonzept
checklist-budget = Mindestens eine Budgetposition
checklist-answer = Eine Antwort auf „{ $question }“
checklist-document = Ein Dokument für „{ $question }“

## Weboberfläche: Anträge
nav-applications = Meine Anträge
form-saved-meanwhile = Zwischenzeitlich gespeichert:
flash-application-started = Ihr Antrag wurde begonnen. Füllen Sie ihn aus und speichern Sie ihn, so oft Sie möchten; reichen Sie ihn vor Ablauf der Antragsfrist ein.
flash-application-saved = Der Entwurf wurde gespeichert.
flash-application-submitted = Ihr Antrag wurde eingereicht. Dies ist Ihre Eingangsbestätigung.
flash-application-withdrawn = Der Antrag wurde zurückgezogen.
flash-application-screened = Die Entscheidung zur Förderfähigkeit wurde gespeichert.
flash-partner-added = Die Partnerorganisation wurde hinzugefügt.
flash-partner-registered = Die Partnerorganisation wurde erfasst und hinzugefügt.
flash-partner-removed = Die Partnerorganisation wurde entfernt.
flash-attachment-added = Die Datei wurde angehängt.
flash-attachment-removed = Die Datei wurde entfernt.
apply-title = Antrag zu „{ $call }“ stellen
apply-intro = Wenn Sie einen Antrag beginnen, wird ein Entwurf für Ihre Organisation angelegt. Ihre Kolleginnen und Kollegen können gemeinsam mit Ihnen daran arbeiten; an das Programm wird erst etwas gesendet, wenn Sie ihn einreichen.
apply-start = Antrag beginnen
apply-back = Zurück zur Ausschreibung
applications-title = Meine Anträge
applications-none = Ihre Organisation hat noch keinen Antrag begonnen.
applications-find-calls = Offene Ausschreibung finden
applications-next-step = Nächster Schritt
application-state-draft = Entwurf
application-state-submitted = Eingereicht
application-state-eligible = Förderfähig
application-state-ineligible = Nicht förderfähig
application-state-selected = Ausgewählt
application-state-waitlisted = Auf der Warteliste
application-state-not-selected = Nicht ausgewählt
application-state-withdrawn = Zurückgezogen
next-step-complete-and-submit = Vervollständigen Sie den Antrag und reichen Sie ihn vor Ablauf der Antragsfrist ein.
next-step-deadline-missed = Die Antragsfrist ist abgelaufen, bevor der Antrag eingereicht wurde.
next-step-await-screening = Warten Sie, während das Programm die Förderfähigkeit des Antrags prüft.
next-step-await-results = Förderfähig: Warten Sie auf die Bewertungen des Auswahlgremiums und die Ergebnisse.
next-step-read-screening = Lesen Sie, warum der Antrag als nicht förderfähig eingestuft wurde.
next-step-nothing = Nichts zu tun.
application-project = Projekt
application-call = Ausschreibung
application-state = Status
application-reference = Aktenzeichen
application-requested = Beantragter Betrag
application-no-reference = Noch nicht eingereicht
application-untitled = Antrag ohne Titel
application-lead = Federführende Organisation
application-subdivision = Verwaltungseinheit
application-submitted-at = Eingereicht am
application-receipt-link = Eingangsbestätigung anzeigen
application-sections-label = Teile des Antrags
application-unverified = { $organisation } wurde von den Programmverantwortlichen noch nicht verifiziert. Sie können den Antrag vorbereiten, ihn aber erst einreichen, wenn die Organisation verifiziert ist.
application-deadline-missed = Die Antragsfrist ist abgelaufen, bevor dieser Antrag eingereicht wurde. Er kann nicht mehr geändert oder eingereicht werden.
application-stale-notice = Jemand anderes hat diesen Antrag gespeichert, während Sie ihn bearbeitet haben. Ihre Eingaben gehen nicht verloren: Ihre Fassung steht unten, und wo die gespeicherte Fassung abweicht, wird sie unter dem Feld angezeigt. Prüfen Sie diese Felder und speichern Sie erneut, um Ihre Fassung zu behalten.
application-content-heading = Antrag
application-content-intro = Speichern Sie den Entwurf, so oft Sie möchten. Nur Gespeichertes zählt, und der Antrag wird erst an das Programm gesendet, wenn Sie ihn einreichen.
application-project-legend = Das Projekt
application-title = Projekttitel
application-summary = Zusammenfassung
application-summary-hint = Einige Sätze dazu, was das Pilotprojekt tun wird.
application-problem = Das Problem, das das Pilotprojekt angeht
application-objectives = Ziele
application-participation-plan = Beteiligungskonzept
application-participation-plan-hint = Wer sich beteiligt, wie, und wie die Beiträge Entscheidungen beeinflussen.
application-questions-legend = Fragen der Ausschreibung
application-optional = { $label } (optional)
application-answer-yes = Ja
application-answer-no = Nein
application-not-answered = Nicht beantwortet
application-documents-elsewhere = Fragen, die durch ein Dokument beantwortet werden, finden Sie im Abschnitt „Anhänge“.
application-budget = Budget
application-budget-hint = Eine Zeile pro Position, Beträge in { $currency }. Leere Zeilen werden ignoriert; der beantragte Betrag ist die Summe der Zeilen.
application-budget-category = Kategorie
application-budget-description = Beschreibung
application-budget-amount = Betrag
application-budget-cell = Budgetposition { $number }: { $column }
application-budget-line-saved = { $category } ({ $description }): { $amount }
application-budget-none = Keine Budgetpositionen.
application-co-funding = Eigenanteil
application-co-funding-hint = Was Ihre Organisation selbst beiträgt, in der Währung der Ausschreibung. Leer lassen, wenn es keinen Eigenanteil gibt.
application-saved-empty = (leer)
application-save = Entwurf speichern
application-partners-heading = Partnerorganisationen
application-partners-none = Noch keine Partnerorganisationen.
application-partner-organisation = Organisation
application-partner-role = Rolle im Projekt
application-partner-role-hint = Zum Beispiel: leitet die Bürgerräte.
application-partner-role-of = Rolle von { $name } im Projekt
application-partner-add-heading = Partnerorganisation hinzufügen
application-partner-search = Name der Organisation
application-partner-search-hint = Geben Sie mindestens zwei Buchstaben des Namens ein.
application-partner-search-submit = Suchen
application-partner-search-none = Keine Organisation mit diesem Namen. Erfassen Sie sie unten, wenn sie kein Konto hat.
application-partner-candidates = Gefundene Organisationen
application-partner-add = Als Partnerorganisation hinzufügen
application-partner-register-heading = Partnerorganisation ohne Konto erfassen
application-partner-register-intro = Zivilgesellschaftliche Partnerorganisationen haben oft kein Konto bei Convoca. Erfassen Sie sie hier; die Programmverantwortlichen verifizieren sie später.
application-partner-register = Erfassen und als Partnerorganisation hinzufügen
application-attachments-heading = Anhänge
application-attachments-none = Keine Dateien angehängt.
application-documents-heading = Von der Ausschreibung verlangte Dokumente
application-document-attached = Angehängt
application-document-missing = Fehlt
application-document-optional = (optional)
application-attachment-name = Datei
application-attachment-size = Größe
application-attachment-type = Typ
application-attachment-answers = Beantwortet
application-attachment-upload-heading = Datei anhängen
application-attachment-file = Datei
application-attachment-hint = Höchstens 10 MiB. Akzeptiert: { $types }.
application-attachment-question = Beantwortet die Frage
application-attachment-question-hint = Wählen Sie die Dokumentfrage, die diese Datei beantwortet, falls zutreffend.
application-attachment-upload = Datei anhängen
application-attachment-none = Wählen Sie eine Datei zum Anhängen.
application-eligibility-heading = Förderfähigkeit und Vollständigkeit
application-eligibility-intro = Wird bei jeder Änderung des Antrags erneut geprüft. Ein Antrag kann erst eingereicht werden, wenn alle Regeln erfüllt sind und nichts fehlt.
application-eligibility-none = Diese Ausschreibung hat keine Förderfähigkeitsregeln.
application-check-pass = Erfüllt
application-check-fail = Nicht erfüllt
application-check-done = Erledigt
application-check-missing = Fehlt
application-checklist-heading = Was der Antrag braucht
application-submit-heading = Einreichen
application-submit-intro = Nach dem Einreichen ist der Antrag gesperrt und wird mit einem Aktenzeichen an das Programm gesendet. Antragsfrist: { $deadline }.
application-submit = Antrag einreichen
application-withdraw-heading = Zurückziehen
application-withdraw-confirm = Durch das Zurückziehen scheidet der Antrag endgültig aus der Ausschreibung aus; er kann nicht erneut eingereicht werden. Sie können ihn bis zum Ablauf der Antragsfrist ({ $deadline }) zurückziehen.
application-withdraw = Antrag zurückziehen
application-screening-heading = Förderfähigkeitsprüfung
application-screening-outcome-is = Ergebnis der Prüfung durch das Programm: { $state }.
application-screening-intro = Entscheiden Sie, ob der Antrag die Förderfähigkeitsregeln der Ausschreibung erfüllt. Der Antragsteller sieht das Ergebnis und die Begründung.
application-screening-outcome = Ergebnis
application-screening-eligible = Förderfähig
application-screening-ineligible = Nicht förderfähig
application-screening-reason = Begründung
application-screening-reason-hint = Erforderlich, wenn der Antrag nicht förderfähig ist. Der Antragsteller wird sie lesen.
application-screening-save = Prüfentscheidung speichern
attachment-size-bytes = { $size } B
attachment-size-kib = { $size } KiB
attachment-size-mib = { $size } MiB
receipt-title = Eingangsbestätigung { $reference }
receipt-back = Zurück zum Antrag
receipt-heading = Eingangsbestätigung
receipt-intro = Das Programm hat diesen Antrag erhalten. Geben Sie das Aktenzeichen bei jedem Schriftverkehr an.
receipt-partner = { $name } ({ $role })
receipt-fingerprint = SHA-256-Fingerabdruck
receipt-print-hint = Drucken Sie diese Seite oder speichern Sie sie als PDF, um sie aufzubewahren.
manage-applications-title = Anträge zu „{ $call }“
manage-applications-filters = Anträge filtern
manage-applications-search = Aktenzeichen, Titel oder Organisation
manage-applications-csv = Als CSV herunterladen
manage-applications-link = Anträge

## Auswahlgremien (Domänenmeldungen)
error-sector-unknown = Unbekannter Sektor „{ $value }“.
error-member-role-unknown = Unbekannte Rolle im Auswahlgremium „{ $value }“.
error-shares-over-100 = Die Mindestanteile ergeben zusammen mehr als 100 %.
error-member-not-reviewer = Nur aktive Nutzerkonten mit der Rolle „Begutachtende“ können einem Auswahlgremium angehören.
error-member-duplicate = Diese Person gehört dem Auswahlgremium bereits an.
error-rule-type-unknown = Unbekannte Regelart „{ $value }“.
committee-no-voting-members = Das Auswahlgremium hat keine stimmberechtigten Mitglieder.
committee-one-chair = Ein Auswahlgremium hat genau einen Vorsitz.
committee-parity-fail = Parität verlangt gleich viele stimmberechtigte Mitglieder aus Zivilgesellschaft und Verwaltung (mindestens je eines); es sind { $civil_society } aus der Zivilgesellschaft und { $government } aus der Verwaltung.
committee-share-fail = { $sector }: { $count } von { $total } stimmberechtigten Mitgliedern, unter dem Mindestanteil von { $min_percent }.
sector-government = Verwaltung
sector-civil-society = Zivilgesellschaft
sector-academia = Wissenschaft
sector-private = Privatwirtschaft
sector-local-government-association = Kommunaler Verband
sector-international = Internationale Organisation

## Interessenkonflikte, Zuweisungen und Begutachtungen (Domänenmeldungen)
error-conflict-kind-unknown = Unbekannte Art von Interessenkonflikt „{ $value }“; wählen Sie „Institutionell“, „Persönlich“, „Finanziell“ oder „Sonstiges“.
error-conflict-note-required = Geben Sie an, worin das Interesse besteht.
error-conflict-exists = Für Sie ist bereits ein Interessenkonflikt zu diesem Antrag erfasst.
error-conflict-scoring-closed = Die Bewertung dieser Ausschreibung ist abgeschlossen: Ein jetzt offengelegter Interessenkonflikt würde die Bewertungen verändern. Informieren Sie die Programmverantwortlichen; sie können die Entscheidung mit einer schriftlichen Begründung abändern.
error-conflict-own = Sie können nicht über Ihren eigenen Interessenkonflikt entscheiden; das tun die Programmverantwortlichen oder der Vorsitz.
error-conflict-decision-unknown = Unbekannte Entscheidung „{ $value }“; wählen Sie „Bestätigen“ oder „Aufheben“.
error-conflict-reason-required = Geben Sie den Grund für die Entscheidung an; er wird im Prüfprotokoll festgehalten.
error-conflict-automatic = Dieser Interessenkonflikt ergibt sich daraus, dass die Organisation des Mitglieds am Antrag beteiligt ist; er kann nicht aufgehoben werden.
error-assignment-call-state = Zuweisungen erfolgen, nachdem die Ausschreibung geschlossen ist und bevor über sie entschieden ist.
error-assignment-application-unknown = Dieser Antrag gehört nicht zur Ausschreibung.
error-assignment-not-eligible = Nur als förderfähig eingestufte Anträge werden begutachtet.
error-assignment-not-member = Diese Person gehört nicht dem Auswahlgremium der Ausschreibung an.
error-assignment-observer = Beobachtende bewerten nicht und werden daher nicht zugewiesen.
error-assignment-conflicted = Dieses Mitglied hat bei diesem Antrag einen Interessenkonflikt.
error-assignment-duplicate = Dieses Mitglied ist dem Antrag bereits zugewiesen.
error-assignment-reviewed = Dieses Mitglied hat seine Begutachtung eingereicht; die Zuweisung bleibt bestehen.
error-review-observer = Beobachtende bewerten keine Anträge.
error-review-not-assigned = Sie sind diesem Antrag nicht zur Begutachtung zugewiesen.
error-review-final = Über die Ausschreibung ist entschieden; die Begutachtungen sind endgültig.
error-review-not-started = Die Begutachtung dieser Ausschreibung hat noch nicht begonnen.
error-review-blind = Andere Begutachtungen bleiben verborgen, bis Sie Ihre eigene eingereicht haben.
error-recommendation-unknown = Unbekannte Empfehlung „{ $value }“; wählen Sie „Fördern“, „Mit Änderungen fördern“ oder „Nicht fördern“.
error-recommendation-required = Wählen Sie eine Empfehlung.
error-score-criterion-unknown = Dieses Kriterium gehört nicht zur Ausschreibung.
error-score-criterion-duplicate = „{ $criterion }“ ist doppelt bewertet.
error-score-range = Die Punktzahl für „{ $criterion }“ muss eine ganze Zahl von 0 bis { $max } sein.
error-score-missing = Bewerten Sie „{ $criterion }“.
assignment-too-few-reviewers = { $reference }: braucht { $needed } Begutachtende, aber nur { $available } Mitglieder des Auswahlgremiums ohne Interessenkonflikt können den Antrag begutachten.
assignment-no-sector = { $reference }: Alle Mitglieder aus { $sector ->
    [government] der Verwaltung
    [civil_society] der Zivilgesellschaft
   *[other] dem Sektor { $sector }
} haben bei diesem Antrag einen Interessenkonflikt; er hat daher keine Begutachtenden aus diesem Sektor.
recommendation-fund = Fördern
recommendation-fund-with-changes = Mit Änderungen fördern
recommendation-do-not-fund = Nicht fördern

## Seiten der Begutachtenden: Meine Begutachtungen, der Bewertungsbogen, Interessenkonflikte, das Auswahlgremium auf der Seite der Ausschreibung
reviews-page-nav = Begutachtungen
reviews-page-title = Meine Begutachtungen
reviews-page-intro = Die Anträge, deren Begutachtung Ihnen zugewiesen ist. Speichern Sie Ihren Bewertungsbogen, so oft Sie möchten, als Entwurf und reichen Sie ihn vor Ablauf der Begutachtungsfrist ein.
reviews-page-none = Sie haben keine Anträge zu begutachten.
reviews-page-state = Begutachtung
reviews-page-progress-heading = Fortschritt
reviews-page-deadline = Begutachtungsfrist
reviews-page-no-deadline = Keine Frist festgelegt
reviews-page-state-not-started = Nicht begonnen
reviews-page-state-draft = Entwurf
reviews-page-state-submitted = Eingereicht
reviews-page-progress = { $scored } von { $total } Kriterien bewertet
flash-reviews-page-conflict-declared = Ihr Interessenkonflikt wurde erfasst. Sie begutachten diesen Antrag nicht mehr.
flash-review-page-saved = Ihr Begutachtungsentwurf wurde gespeichert.
flash-review-page-submitted = Ihre Begutachtung wurde eingereicht.
flash-review-page-revised = Ihre überarbeitete Begutachtung wurde gespeichert und die Überarbeitung protokolliert.
review-page-sections-label = Teile der Seite
review-page-application-heading = Der Antrag in der eingereichten Fassung
review-page-partners-none = Keine Partnerorganisationen.
review-page-sheet-heading = Bewertungsbogen
review-page-sheet-intro = Bewerten Sie jedes Kriterium von 0 bis zu seiner Höchstpunktzahl und begründen Sie Ihre Bewertung. Ein Entwurf darf unvollständig sein; zum Einreichen bewerten Sie jedes Kriterium und wählen eine Empfehlung.
review-page-revision-intro = Ihre Begutachtung ist eingereicht. Sie können sie noch überarbeiten, solange das Auswahlgremium begutachtet.
review-page-revision-note = Überarbeitungen werden mit den Änderungen im Prüfprotokoll festgehalten.
review-page-criterion-legend = { $position }. { $title }
review-page-scale = Gewichtung { $weight } ({ $share } der Gesamtpunktzahl). Punktzahl von 0 bis { $max }.
review-page-score = Punktzahl
review-page-comment = Kommentar
review-page-score-of = { $criterion }: Punktzahl
review-page-comment-of = { $criterion }: Kommentar
review-page-score-out-of = { $score } von { $max }
review-page-overall-legend = Gesamteinschätzung
review-page-overall-comment = Gesamtkommentar
review-page-recommendation = Empfehlung
review-page-not-given = Nicht angegeben
review-page-save-draft = Entwurf speichern
review-page-submit = Begutachtung einreichen
review-page-save-revision = Überarbeitung speichern
review-page-saved-empty = (leer)
review-page-stale = Ihre Begutachtung wurde zwischenzeitlich gespeichert, vielleicht in einem anderen Tab. Ihre Eingaben gehen nicht verloren: Ihre Fassung steht unten, und wo die gespeicherte Fassung abweicht, wird sie unter dem Feld angezeigt. Prüfen Sie diese Felder und speichern Sie erneut, um Ihre Fassung zu behalten.
review-page-others-heading = Begutachtungen der anderen Mitglieder
review-page-others-blind = Die Begutachtungen der anderen Mitglieder erscheinen hier, sobald Sie Ihre eigene eingereicht haben.
review-page-others-none = Noch kein anderes Mitglied hat eine Begutachtung eingereicht.
review-page-others-caption = Bewertungen von { $reviewer }
review-page-submitted-at = Eingereicht: { $at }
review-page-conflict-heading = Interessenkonflikt offenlegen
review-page-conflict-intro = Wenn Sie, Ihre Familie oder Ihre Organisation ein Interesse an diesem Antrag haben, legen Sie es offen. Sie sehen und bewerten den Antrag dann nicht mehr; der Vorsitz oder die Programmverantwortlichen prüfen die Offenlegung.
review-page-conflict-kind = Art des Interesses
review-page-conflict-note = Worin das Interesse besteht
review-page-conflict-note-hint = Zum Beispiel: Meine Schwester arbeitet für die Gemeinde.
review-page-conflict-declare = Interessenkonflikt offenlegen
call-committee-heading = Auswahlgremium
call-committee-intro = Die Mitglieder, die die Anträge zu dieser Ausschreibung bewerten.
call-committee-name = Name
call-committee-sector = Sektor
call-committee-role = Rolle
call-lottery-heading = Losentscheid
call-lottery-intro = Exakte Punktgleichheiten, die nach den Kriterien für Punktgleichheit verbleiben, werden per Losentscheid aufgelöst. Sein Startwert wurde zu Beginn der Begutachtung gezogen und bleibt geheim, bis die Bewertung abgeschlossen ist; unten steht sein SHA-256-Prüfwert. Mit den Ergebnissen wird der Startwert veröffentlicht, und alle können prüfen, ob er übereinstimmt.

## Seite des Auswahlgremiums und Begutachtungsseite (Programmverantwortliche und Vorsitz des Auswahlgremiums)
committee-page-link = Auswahlgremium
committee-page-title = Auswahlgremium: { $call }
committee-page-composition-heading = Zusammensetzung
committee-page-composition-fine = Die Zusammensetzung des Auswahlgremiums erfüllt seine Regel: Die Begutachtung kann beginnen.
committee-page-problems-intro = Was fehlt, bevor die Begutachtung beginnen kann:
committee-page-members-heading = Mitglieder
committee-page-no-members = Dem Auswahlgremium gehört noch niemand an.
committee-page-name = Name
committee-page-sector = Sektor
committee-page-role = Rolle
committee-page-actions = Aktionen
committee-role-chair = Vorsitz
committee-role-member = Mitglied
committee-role-observer = Beobachtende Person (bewertet nicht)
committee-page-remove = Entfernen
committee-page-add-heading = Mitglied hinzufügen
committee-page-reviewer = Begutachtende Person
committee-page-no-reviewers = Alle aktiven Begutachtenden gehören dem Auswahlgremium bereits an, oder noch niemand hat die Rolle „Begutachtende“.
committee-page-add = Zum Auswahlgremium hinzufügen
committee-page-rule-heading = Regel für die Zusammensetzung
committee-page-rule-type = Regel
committee-page-rule-parity = Parität: gleich viele stimmberechtigte Mitglieder aus Zivilgesellschaft und Verwaltung
committee-page-rule-minimum-shares = Mindestanteile der stimmberechtigten Mitglieder pro Sektor
committee-page-rule-is-parity = Das Auswahlgremium braucht gleich viele stimmberechtigte Mitglieder aus Zivilgesellschaft und Verwaltung.
committee-page-rule-is-shares = Das Auswahlgremium braucht mindestens diese Anteile an stimmberechtigten Mitgliedern: { $shares }.
committee-page-rule-share = { $sector } { $min_percent } %
committee-page-shares = Mindestanteile (Prozent)
committee-page-shares-hint = Nur für die Regel der Mindestanteile: der Prozentsatz der stimmberechtigten Mitglieder, den jeder Sektor braucht; lassen Sie die übrigen Sektoren leer.
committee-page-version = Version { $version } des Auswahlgremiums. Wenn jemand das Auswahlgremium zwischenzeitlich ändert, werden Sie gebeten, die Seite neu zu laden.
committee-page-rule-save = Regel speichern
committee-page-deadline-heading = Begutachtungsfrist
committee-page-deadline-is = Die Begutachtungen der Mitglieder sind fällig: { $deadline }.
committee-page-deadline-none = Es ist keine Begutachtungsfrist festgelegt.
committee-page-deadline-clear-hint = Leer lassen, um die Frist zu entfernen.
committee-page-deadline-save = Frist speichern
flash-committee-page-member-added = Das Mitglied wurde dem Auswahlgremium hinzugefügt.
flash-committee-page-member-removed = Das Mitglied wurde aus dem Auswahlgremium entfernt.
flash-committee-page-rule-saved = Die Regel für die Zusammensetzung wurde gespeichert.
flash-committee-page-deadline-saved = Die Begutachtungsfrist wurde gespeichert.
reviewing-page-link = Begutachtung
reviewing-page-title = Begutachtung: { $call }
reviewing-page-deadline = Begutachtungen fällig: { $deadline }.
reviewing-page-no-deadline = Es ist keine Begutachtungsfrist festgelegt.
reviewing-page-completion-only = Diese Seite zeigt, wie weit die Begutachtungen fortgeschritten sind, niemals aber deren Bewertungen oder Kommentare.
reviewing-page-sections = Teile der Seite
reviewing-page-conflicts-heading = Interessenkonflikte
reviewing-page-no-conflicts = Es ist kein Interessenkonflikt erfasst.
reviewing-page-member = Mitglied
reviewing-page-application = Antrag
reviewing-page-sector = Sektor
reviewing-page-source = Herkunft
reviewing-page-kind = Art
reviewing-page-note = Anmerkung
reviewing-page-status = Status
reviewing-page-decision-reason = Entscheidung und Grund
reviewing-page-decision = Entscheidung
reviewing-page-reason = Grund für die Entscheidung
reviewing-page-confirm = Bestätigen
reviewing-page-waive = Aufheben
reviewing-page-decide-named = Interessenkonflikt von { $name }: { $decision }
reviewing-page-source-automatic = Automatisch (Organisation)
reviewing-page-source-declared = Offengelegt
conflict-kind-institutional = Institutionell
conflict-kind-personal = Persönlich
conflict-kind-financial = Finanziell
conflict-kind-other = Sonstiges
reviewing-page-status-declared = Entscheidung ausstehend
reviewing-page-status-confirmed = Bestätigt
reviewing-page-status-waived = Aufgehoben
reviewing-page-automatic-heading = Automatische Zuweisung
reviewing-page-automatic-intro = Sehen Sie sich die Zuweisung zuerst in der Vorschau an: Jeder förderfähige Antrag erhält seine Begutachtenden – mindestens eine Person aus der Verwaltung und eine aus der Zivilgesellschaft, niemanden mit Interessenkonflikt –, und die Last wird ausgewogen verteilt. Gespeichert wird erst, wenn Sie die Zuweisung übernehmen; bestehende Zuweisungen bleiben erhalten.
reviewing-page-preview = Vorschau der Zuweisung
reviewing-page-apply = Diese Zuweisung übernehmen
reviewing-page-plan-heading = Vorschau
reviewing-page-plan-summary = { $applications ->
    [one] Ein förderfähiger Antrag
   *[other] { $applications } förderfähige Anträge
}, { $min_reviews ->
    [one] je eine begutachtende Person
   *[other] je { $min_reviews } Begutachtende
}: Die Zuweisung fügt { $additions ->
    [one] eine Zuweisung
   *[other] { $additions } Zuweisungen
} hinzu.
reviewing-page-plan-additions = Hinzugefügte Zuweisungen
reviewing-page-plan-loads = Auslastung der Mitglieder danach
reviewing-page-load = Anträge
reviewing-page-plan-no-shortfalls = Jeder förderfähige Antrag erhält seine Begutachtenden.
reviewing-page-plan-shortfalls = Was die Zuweisung nicht erfüllen kann:
reviewing-page-assignments-heading = Zuweisungen
reviewing-page-no-assignments = Noch niemand ist zugewiesen.
reviewing-page-submitted = Eingereicht
reviewing-page-actions = Aktionen
reviewing-page-yes = Ja
reviewing-page-no = Nein
reviewing-page-assigned-automatic = Automatisch
reviewing-page-assigned-manual = Manuell
reviewing-page-unassign = Entfernen
reviewing-page-unassign-named = Zuweisung von { $name } zu { $reference } entfernen
reviewing-page-assign-heading = Manuell zuweisen
reviewing-page-assign = Zuweisen
reviewing-page-progress-heading = Fortschritt
reviewing-page-totals = { $submitted } von { $assigned } zugewiesenen Begutachtungen eingereicht.
reviewing-page-no-applications = Kein Antrag wurde als förderfähig eingestuft.
reviewing-page-by-application = Pro Antrag
reviewing-page-by-member = Pro Mitglied
reviewing-page-assigned = Zugewiesen
reviewing-page-drafts = Entwürfe
reviewing-page-conflicts = Interessenkonflikte
reviewing-page-remind = Erinnern
reviewing-page-remind-all = Alle Mitglieder mit ausstehenden Begutachtungen erinnern
reviewing-page-nothing-outstanding = Kein Mitglied hat ausstehende Begutachtungen.
reviewing-page-reminded = { $count ->
    [one] Eine Erinnerung wurde zum Versand vorgemerkt.
   *[other] { $count } Erinnerungen wurden zum Versand vorgemerkt.
}
reviewing-page-reminded-none = Kein Mitglied hat ausstehende Begutachtungen; es wurde keine Erinnerung versendet.
flash-reviewing-page-plan-applied = Die automatische Zuweisung wurde übernommen.
flash-reviewing-page-assigned = Das Mitglied wurde zugewiesen.
flash-reviewing-page-unassigned = Die Zuweisung wurde entfernt.
flash-reviewing-page-conflict-confirmed = Der Interessenkonflikt wurde bestätigt.
flash-reviewing-page-conflict-waived = Der Interessenkonflikt wurde aufgehoben; das Mitglied darf den Antrag wieder begutachten.
committee-page-deadline-field = Begutachtungen fällig bis
reviewing-page-plan-nothing-to-add = Die Zuweisung hat nichts hinzuzufügen.
reviews-page-seats-heading = Auswahlgremien, denen Sie angehören
reviews-page-seat-run = Interessenkonflikte, Zuweisungen und Fortschritt

## Auswahl: Fehler und Gründe (domain::selection)
error-threshold-range = Geben Sie eine Punktzahl über 0 und höchstens 100 an.
error-criterion-unknown = Dieses Kriterium gehört nicht zur Ausschreibung.
error-call-decide-by-finalise = Über eine Ausschreibung wird entschieden, indem ihre Auswahl festgeschrieben wird; dabei wird jede Entscheidung erfasst.
error-decisions-final = Die Entscheidungen sind endgültig: Über die Ausschreibung ist entschieden.
error-call-not-reviewing = Entscheidungen werden vorbereitet, während das Auswahlgremium begutachtet.
error-scoring-closed = Die Bewertung dieser Ausschreibung ist abgeschlossen: Begutachtungen und Konsensbewertungen können nicht mehr geändert werden.
call-part-aggregation = Aggregationsmethode
error-consensus-chair-only = Nur der Vorsitz des Auswahlgremiums erfasst Konsensbewertungen.
error-consensus-not-eligible = Konsensbewertungen werden nur für förderfähige Anträge erfasst.
error-override-not-eligible = Nur förderfähige Anträge können ausgewählt, auf die Warteliste gesetzt oder abgelehnt werden.
error-justification-required = Begründen Sie, warum diese Entscheidung vom Vorschlag abweicht.
error-award-above-request = Die Fördersumme darf den beantragten Betrag von { $requested } nicht übersteigen.
error-award-below-minimum = Die Fördersumme darf die niedrigste Fördersumme der Ausschreibung von { $min } nicht unterschreiten.
error-results-not-decided = Die Ergebnisse können veröffentlicht werden, sobald über die Ausschreibung entschieden ist.
error-results-already-published = Die Ergebnisse sind bereits veröffentlicht.
error-results-not-published = Die Ergebnisse sind noch nicht veröffentlicht.
selection-no-seed = Die Ausschreibung hat keinen Startwert für den Losentscheid; er wird zu Beginn der Begutachtung gezogen.
selection-unscreened = { $count ->
    [one] Ein Antrag ist noch nicht auf Förderfähigkeit geprüft.
   *[other] { $count } Anträge sind noch nicht auf Förderfähigkeit geprüft.
}
selection-over-slots = { $selected } Anträge sind ausgewählt, aber die Ausschreibung hat { $slots } Förderplätze.
selection-over-budget = Die Fördersummen betragen insgesamt { $currency } { $awarded }, mehr als das Budget von { $currency } { $budget }.
selection-award-outside-limits = { $reference } würde { $currency } { $award } erhalten, außerhalb der Grenzen der Ausschreibung von { $currency } { $min } bis { $currency } { $max }.
selection-over-quota = { $subdivision } hat { $selected } Förderungen, mehr als das Maximum von { $max }.
selection-reason-ranked = Ausgewählt nach Rangfolge.
selection-reason-minimum-quota = Ausgewählt, um die Mindestquote seiner Region zu erfüllen.
selection-reason-slots = Warteliste: Alle Förderplätze sind vergeben.
selection-reason-quota = Warteliste: Die Region hat ihr Maximum erreicht.
selection-reason-budget = Warteliste: Das verbleibende Budget deckt den beantragten Betrag nicht.
selection-reason-ineligible = Nicht ausgewählt: nicht förderfähig.
selection-reason-too-few-reviews = Nicht ausgewählt: zu wenige Begutachtungen.
selection-reason-criterion-minimum = Nicht ausgewählt: Ein Kriterium liegt unter seiner Mindestpunktzahl.
selection-reason-threshold = Nicht ausgewählt: Die Gesamtpunktzahl liegt unter dem Minimum der Ausschreibung.
selection-reason-override = Vom Programm abweichend vom Vorschlag entschieden (siehe Begründung).

## Auswahlübersicht, Entscheidungen und Ergebnisse (web::selection)
selection-page-title = Auswahl: { $call }
selection-page-chair-intro = Sie sehen die Auswahlübersicht als Vorsitz des Auswahlgremiums: Sie können die in der Sitzung vereinbarten Konsensbewertungen erfassen; die Programmverantwortlichen entscheiden.
selection-page-sections = Abschnitte der Auswahlseite
selection-page-summary-heading = Übersicht
selection-page-scoring-heading = Bewertung
selection-page-ranking-heading = Rangfolge und Vorschlag
selection-page-comparison-heading = Vorschlag und optimierte Auswahl
selection-page-decide-heading = Entscheidungen
selection-page-selected = Ausgewählt
selection-page-slots-used = { $selected } von { $slots } Förderplätzen
selection-page-awarded = Bewilligt
selection-page-awarded-of = { $awarded } von einem Budget von { $budget }
selection-page-aggregation = Aggregation
selection-page-aggregation-hint = Wie die Punktzahlen der Begutachtenden zu einem Kriterium zusammengefasst werden. Eine veröffentlichte Regel: Sie kann nicht mehr geändert werden, sobald die Ausschreibung geöffnet ist.
selection-aggregation-mean = Mittelwert
selection-aggregation-median = Median
selection-page-normalise = Normalisierte Werte
selection-page-normalise-hint = Zeigt die Punktzahlen jeder begutachtenden Person als z-Werte neben den Rohwerten, um milde und strenge Begutachtende zu erkennen. Sie fließen nie in die Rangfolge ein.
selection-page-threshold = Schwellenwert für Abweichungen
selection-page-threshold-hint = Eine Spannweite zwischen den Begutachtenden, in Punkten von 100, ab der ein Antrag zur Diskussion markiert wird. Leer lassen, wenn es keinen Schwellenwert geben soll.
selection-page-threshold-none = Keiner
selection-page-yes = Ja
selection-page-no = Nein
selection-page-seed = Startwert des Losentscheids:
selection-page-no-seed = Es wurde kein Startwert für den Losentscheid gezogen.
selection-page-seed-sealed = Versiegelt, bis die Bewertung abgeschlossen ist: Nur sein Prüfwert ist veröffentlicht.
selection-page-commitment = Prüfwert des Startwerts (SHA-256):
selection-page-scoring = Bewertung:
selection-page-scoring-open = Offen: Begutachtungen und Konsensbewertungen können sich noch ändern.
selection-page-scoring-closed-at = Abgeschlossen am { $time }: Begutachtungen und Konsensbewertungen sind gesperrt.
selection-page-seed-hint = Der Startwert wurde zu Beginn der Begutachtung gezogen. Bis die Bewertung abgeschlossen ist, wird nur sein SHA-256-Prüfwert angezeigt, damit niemand in Kenntnis der Ziehung bewertet. Sobald die Bewertung abgeschlossen ist, wird der Startwert offengelegt, und Anträge, die nach den Kriterien für Punktgleichheit noch gleichauf liegen, werden nach dem SHA-256 von Startwert:Aktenzeichen geordnet, der kleinste Wert zuerst.
selection-page-quotas = Regionale Quoten
selection-page-subdivision = Region
selection-page-quota-min = Reserviert
selection-page-quota-max = Höchstens
selection-page-quota-selected = Ausgewählt
selection-page-scoring-intro = Wie die folgenden Werte aus den Begutachtungen berechnet werden.
selection-page-scoring-save = Bewertungseinstellungen speichern
selection-page-problems = Was dem Festschreiben im Weg steht:
selection-page-no-problems = Dem Festschreiben steht nichts im Weg.
selection-page-no-applications = Zu dieser Ausschreibung wurde kein Antrag eingereicht.
selection-page-ranking-intro = Die Gesamtpunktzahlen beziehen sich auf 100 und sind auf zwei Stellen gerundet; die Entscheidungen verwenden die exakten Werte. Öffnen Sie einen Antrag, um seine Werte pro Kriterium zu sehen.
selection-page-rank = Rang
selection-page-unranked = Ohne Rang
selection-page-application = Antrag
selection-page-lead = Federführende Organisation
selection-page-reviews = Begutachtungen
selection-page-total = Gesamt
selection-page-raw-total = Rohwert der Begutachtenden: { $total }
selection-page-normalised = Normalisiert
selection-page-range = Spannweite
selection-page-flagged = Zur Diskussion markiert
selection-page-proposal = Vorschlag
selection-page-optimal = Optimierte Auswahl
selection-page-in-optimal = Enthalten
selection-page-not-in-optimal = Nicht enthalten
selection-page-differs = Vorschlag und Optimum unterscheiden sich
selection-page-outcome = Ergebnis
selection-page-override = Abweichung
selection-page-award = Fördersumme
selection-page-hidden = Verborgen: Sie haben bei diesem Antrag einen Interessenkonflikt
selection-page-lottery-key = Losschlüssel:
selection-page-tie-criterion = Punktgleichheit aufgelöst durch Kriterium { $position } ({ $criterion })
selection-page-tie-lottery = Punktgleichheit durch Losentscheid aufgelöst
selection-page-tie-sealed = Punktgleich: wird per Losentscheid entschieden, sobald die Bewertung abgeschlossen ist
selection-page-comparison-intro = Der Vorschlag geht die Rangfolge von oben durch, wie es die Regeln der Ausschreibung vorsehen. Die optimierte Auswahl ist diejenige mit der höchsten Gesamtpunktzahl innerhalb von Budget, Förderplätzen und regionalen Höchstgrenzen; sie wird angezeigt, damit das Auswahlgremium in voller Kenntnis entscheidet.
selection-page-count = Anträge
selection-page-total-score = Gesamtpunktzahl
selection-page-cost = Kosten
selection-page-proven = Die optimierte Auswahl ist nachweislich optimal (Suche in { $ms } ms, Stand { $time }).
selection-page-not-proven = Nicht nachweislich optimal: Die Suche wurde nach ihrem Zeitbudget von { $budget } ms beendet. Dies ist die beste gefundene Auswahl; die bestmögliche Gesamtpunktzahl liegt höchstens { $gap } Punkte höher (Stand { $time }).
selection-page-same-selection = Vorschlag und optimierte Auswahl stimmen überein.
selection-page-only-proposal = Nur im Vorschlag:
selection-page-only-optimal = Nur in der optimierten Auswahl:
selection-page-finalise-warning = Das Festschreiben erfasst die Entscheidung über jeden Antrag, wie Vorschlag und Abweichungen sie vorsehen. Die Entscheidungen werden dann endgültig: Danach können weder Punktzahlen noch Konsens oder Abweichungen geändert werden.
selection-page-finalise = Entscheidungen festschreiben
selection-page-close-scoring-intro = Schließen Sie die Bewertung ab, sobald das Auswahlgremium fertig ist: Begutachtungen und Konsensbewertungen werden dann gesperrt, und der Startwert des Losentscheids wird offengelegt und löst die verbleibenden Punktgleichheiten auf. Das Festschreiben schließt die Bewertung selbst ab, falls sie noch offen ist.
selection-page-close-scoring = Bewertung abschließen
selection-page-decided = Die Entscheidungen sind endgültig.
selection-page-public-results = Öffentliche Ergebnisse ansehen
selection-page-preview-results = Vorschau der Ergebnisse (noch nicht veröffentlicht)
selection-page-publish-intro = Mit der Veröffentlichung werden Rangfolge, Werte, Entscheidungen und alle Begründungen öffentlich, und alle Antragsteller werden benachrichtigt.
selection-page-publish = Ergebnisse veröffentlichen
selection-outcome-selected = Ausgewählt
selection-outcome-waitlisted = Auf der Warteliste
selection-outcome-not-selected = Nicht ausgewählt
selection-app-title = Auswahl
selection-app-back = Auswahlübersicht
selection-app-figures-heading = Werte pro Kriterium
selection-app-figures-intro = Die Werte sind auf zwei Stellen gerundet. Für die Rangfolge zählt der Konsens, wo sich das Auswahlgremium auf einen geeinigt hat, sonst die aggregierte Bewertung der Begutachtenden.
selection-app-criterion = { $position }. { $title }
selection-app-max = von { $max }
selection-app-aggregate = Aggregierte Bewertung der Begutachtenden
selection-app-consensus = Konsens
selection-app-no-consensus = Keiner
selection-app-ranked = Maßgeblich für die Rangfolge
selection-app-std-dev = Standardabweichung
selection-app-consensus-heading = Konsensbewertungen
selection-app-consensus-intro = Erfassen Sie die Punktzahlen, auf die sich das Auswahlgremium in seiner Sitzung geeinigt hat, jeweils mit Erläuterung. Lassen Sie ein Kriterium leer, wenn es keinen Konsens gibt; die Punktzahlen der Begutachtenden bleiben unverändert.
selection-app-consensus-score = Konsensbewertung
selection-app-rationale = Erläuterung
selection-app-consensus-score-of = Konsensbewertung: { $criterion }
selection-app-consensus-rationale-of = Erläuterung: { $criterion }
selection-app-consensus-score-missing = Geben Sie die vereinbarte Punktzahl an oder leeren Sie die Erläuterung.
selection-app-consensus-save = Konsens speichern
selection-app-decision-heading = Entscheidung
selection-app-decision-intro = Weichen Sie nur mit schriftlicher Begründung vom Vorschlag ab: Sie wird mit den Ergebnissen veröffentlicht. Sie können auch die Fördersumme senken.
selection-app-outcome = Ergebnis
selection-app-as-proposed = Wie vorgeschlagen
selection-app-as-proposed-named = Wie vorgeschlagen ({ $outcome })
selection-app-justification = Begründung
selection-app-justification-hint = Warum die Entscheidung vom Vorschlag abweicht.
selection-app-awarded-amount = Fördersumme
selection-app-awarded-amount-hint = Leer lassen, um den beantragten Betrag zu bewilligen.
selection-app-decision-save = Entscheidung speichern
selection-app-decision-clear = Zurück zum Vorschlag
selection-app-stale = Eine andere programmverantwortliche Person hat diese Entscheidung geändert, während Sie sie bearbeitet haben. Ihre Eingaben gehen nicht verloren: Ihre Fassung steht unten, und wo die gespeicherte Fassung abweicht, wird sie unter dem Feld angezeigt. Prüfen Sie diese Felder und speichern Sie erneut, um Ihre Fassung zu behalten.
selection-app-saved-empty = (leer)
flash-selection-settings-saved = Die Bewertungseinstellungen wurden gespeichert.
flash-selection-consensus-saved = Die Konsensbewertungen wurden gespeichert.
flash-selection-decision-saved = Die Entscheidung wurde gespeichert.
flash-selection-decision-cleared = Die Abweichung wurde entfernt: Es gilt wieder der Vorschlag.
flash-selection-finalised = Die Entscheidungen wurden festgeschrieben.
flash-scoring-closed = Die Bewertung ist abgeschlossen: Der Startwert des Losentscheids ist offengelegt.
flash-selection-published = Die Ergebnisse wurden veröffentlicht.
results-page-title = Ergebnisse: { $call }
results-page-published-at = Veröffentlicht am { $at }.
results-page-not-published = Diese Ergebnisse sind noch nicht veröffentlicht: Nur die Programmverantwortlichen können sie sehen.
results-page-decided-at = Entschieden am
results-page-intro = Die Rangfolge mit den Werten jedes Antrags pro Kriterium (auf zwei Stellen gerundet), seinem Ergebnis und dessen Grund sowie der Begründung jeder Entscheidung, die vom Vorschlag abweicht.
results-page-json = Die Ergebnisse als JSON
results-page-csv = Die Ergebnisse als CSV
results-page-ranking-heading = Rangfolge und Entscheidungen
results-page-lead = Federführende Organisation
results-page-reason = Grund
results-page-justification = Begründung:
results-page-lottery-heading = Losentscheid
results-page-lottery-how = Punktgleichheiten, die nach den Kriterien für Punktgleichheit verbleiben, werden durch einen Losentscheid aufgelöst, den alle nachrechnen können: Berechnen Sie für jeden punktgleichen Antrag den SHA-256 aus dem Startwert, einem Doppelpunkt und seinem Aktenzeichen, sha256({ $seed }:Aktenzeichen), hexadezimal in Kleinbuchstaben; der kleinste Wert steht vorn.
results-page-commitment-how = Der Prüfwert wurde zu Beginn der Begutachtung, vor jeder Bewertung, auf der Seite der Ausschreibung veröffentlicht. Prüfen Sie den Startwert daran: Der SHA-256 des Startwerts als Text, hexadezimal in Kleinbuchstaben, muss dem Prüfwert entsprechen, zum Beispiel mit:
call-results-link = Ergebnisse ansehen
editor-selection-link = Bewertung und Auswahl
application-results-heading = Ergebnisse
application-results-outcome = Ergebnis
application-results-justification = Begründung
application-results-rank = Rang
application-results-total = Gesamt
application-results-awarded = Fördersumme
application-results-all = Alle Ergebnisse der Ausschreibung
application-results-criteria = Werte pro Kriterium
application-results-score = Punktzahl
application-results-consensus = Konsens des Auswahlgremiums
application-results-out-of = { $score } von { $max }
application-results-reviews = Kommentare der Begutachtenden
application-results-no-reviews = Es wurde keine Begutachtung gewertet.
application-results-reviewer = Begutachtende Person { $number }

## Geförderte Projekte: Fehler (domain::projects)
error-number = Geben Sie eine Zahl an.
error-user-unknown = Dieses Nutzerkonto existiert nicht oder ist deaktiviert.
error-indicator-unknown = Dieser Indikator gehört nicht zur Ausschreibung.
error-end-after-start = Das Ende muss nach dem Beginn liegen.
error-project-not-active = Das Projekt ist nicht mehr aktiv (Status: { $status }): Daran kann nichts mehr getan werden.
error-project-reports-started = Es wurde bereits ein Bericht eingereicht: Die Termine können nicht mehr verschoben werden.
error-project-final-report = Ein Projekt ist abgeschlossen, sobald sein Schlussbericht angenommen ist.
error-tranche-waits-signature = Diese Tranche kann erst freigegeben werden, wenn die Fördervereinbarung unterzeichnet ist.
error-tranche-waits-milestone = Diese Tranche kann erst freigegeben werden, wenn Meilenstein { $position } angenommen ist.
error-tranche-waits-report = Diese Tranche kann erst freigegeben werden, wenn Zwischenbericht { $number } angenommen ist.
error-tranche-waits-final-report = Diese Tranche kann erst freigegeben werden, wenn der Schlussbericht angenommen ist.
error-tranche-waits-date = Diese Tranche kann frühestens am { $date } freigegeben werden.
error-project-signature-used = Auf Grundlage dieser Unterzeichnung wurde bereits eine Tranche freigegeben: Ihr Datum kann nicht mehr geändert werden.
error-project-unpaid-tranches = { $count ->
    [one] Eine Tranche ist noch nicht ausgezahlt: Zahlen Sie sie aus, bevor Sie das Projekt abschließen.
   *[other] { $count } Tranchen sind noch nicht ausgezahlt: Zahlen Sie sie aus, bevor Sie das Projekt abschließen.
}
error-template-empty = Geben Sie mindestens eine Tranche an.
error-percent = Geben Sie einen Prozentsatz über 0 und höchstens 100 an, mit höchstens zwei Nachkommastellen.
error-template-sum = Die Tranchen ergeben zusammen { $sum }; sie müssen genau 100 % ergeben.

## Geförderte Projekte: die Portfolioseiten und die Tranchenvorlage der Ausschreibung (web)
nav-funded-projects = Geförderte Projekte
nav-manage-projects = Portfolio
portfolio-heading = Geförderte Projekte
portfolio-intro = Alle Projekte, die über eine Ausschreibung mit veröffentlichten Ergebnissen gefördert werden: was bewilligt und was ausgezahlt wurde und wie es um jedes Projekt steht.
portfolio-filters-label = Projekte filtern
portfolio-filter-subdivision = Region (Verwaltungseinheit)
portfolio-filter-health = Zustand
portfolio-filters-clear = Alle Projekte anzeigen
portfolio-projects-count = { $count ->
    [one] { $count } Projekt
   *[other] { $count } Projekte
}
portfolio-totals-heading = Summen
portfolio-none = Noch kein gefördertes Projekt.
portfolio-none-filtered = Kein Projekt entspricht diesen Filtern.
portfolio-currency = Währung
portfolio-projects = Projekte
portfolio-awarded = Bewilligt
portfolio-disbursed = Ausgezahlt
portfolio-overdue = Überfällige Punkte
portfolio-charts-heading = In Diagrammen
portfolio-projects-heading = Projekte
portfolio-project = Projekt
portfolio-call = Ausschreibung
portfolio-lead = Federführende Organisation
portfolio-subdivision = Region
portfolio-health = Zustand
portfolio-progress = Fortschritt
portfolio-percent = { $percent }
portfolio-open-data-heading = Offene Daten
portfolio-open-data-intro = Dieselben Zahlen als offene Daten, frei zur Weiterverwendung.
portfolio-open-data-giving = Förderungen im Standard 360Giving (JSON)
portfolio-open-data-projects = Projekte (CSV)
portfolio-open-data-disbursements = Auszahlungen (CSV)
portfolio-no-subdivision = Keine Region
portfolio-chart-health-title = Projekte nach Zustand
portfolio-chart-money-title = Bewilligt und ausgezahlt nach Region, in { $currency }
portfolio-chart-awarded = Bewilligt
portfolio-chart-disbursed = Ausgezahlt
portfolio-chart-awarded-value = Bewilligt: { $amount }
portfolio-chart-disbursed-value = Ausgezahlt: { $amount }
portfolio-overdue-report = Zwischenbericht { $number }, fällig am { $due }
portfolio-overdue-milestone = Meilenstein „{ $title }“, fällig am { $due }
manage-portfolio-heading = Portfolio der geförderten Projekte
manage-portfolio-intro = Alle geförderten Projekte, veröffentlicht oder nicht, mit dem, was Aufmerksamkeit braucht: fällige oder überfällige Zwischenberichte und überfällige Meilensteine.
manage-portfolio-links = Abschnitte und Links
manage-portfolio-attention-heading = Handlungsbedarf
manage-portfolio-public-link = Die öffentliche Seite
manage-portfolio-reports-overdue = Überfällige Zwischenberichte
manage-portfolio-reports-overdue-none = Kein Zwischenbericht ist überfällig.
manage-portfolio-reports-due = { $days ->
    [one] Zwischenberichte, fällig innerhalb von { $days } Tag
   *[other] Zwischenberichte, fällig innerhalb von { $days } Tagen
}
manage-portfolio-reports-due-none = In nächster Zeit wird kein Zwischenbericht fällig.
manage-portfolio-overdue-heading = Überfällige Punkte pro Projekt
manage-portfolio-overdue-none = Nichts ist überfällig.
manage-portfolio-report = Bericht
manage-portfolio-due-on = Fällig am
manage-portfolio-report-status = Status
manage-portfolio-report-overdue = Überfällig
manage-portfolio-report-due = Bald fällig
editor-tranches-heading = Tranchen geförderter Projekte
editor-tranches-intro = Wie die Fördersumme jedes über diese Ausschreibung geförderten Projekts ausgezahlt wird: Jede Tranche ist ein Anteil der Fördersumme, der freigegeben wird, wenn ihre Bedingung erfüllt ist. Die Anteile ergeben zusammen 100 %.
editor-tranches-hint = Ein Meilenstein braucht seinen Titel und die Zahl der Monate nach Projektbeginn, nach denen er fällig ist; ein Bericht seine Nummer; ein Datum die Monate nach Projektbeginn. Lassen Sie eine Zeile leer oder kreuzen Sie „Entfernen“ an, um sie zu streichen.
editor-tranches-save = Tranchen speichern
editor-tranches-decided = Die Entscheidungen sind endgültig: Die Projekte haben ihre Tranchen, und die Vorlage ändert sich nicht mehr.
editor-tranche-percent = Anteil (%)
editor-tranche-condition = Freigabe, wenn
editor-tranche-milestone = Meilenstein
editor-tranche-months = Monate nach Projektbeginn
editor-tranche-report = Berichtsnummer
editor-tranche-cell = Tranche { $number }: { $column }
editor-tranche-condition-signature = Die Vereinbarung ist unterzeichnet
editor-tranche-condition-milestone = Ein Meilenstein ist angenommen
editor-tranche-condition-report = Ein Zwischenbericht ist angenommen
editor-tranche-condition-final-report = Der Schlussbericht ist angenommen
editor-tranche-condition-date = Ein Datum ist erreicht
editor-tranche-after-months = { $months ->
    [one] { $months } Monat nach Projektbeginn
   *[other] { $months } Monate nach Projektbeginn
}
editor-tranche-on-signature = { $percent } bei Unterzeichnung der Vereinbarung
editor-tranche-on-milestone = { $percent }, wenn der Meilenstein „{ $title }“ ({ $due }) angenommen ist
editor-tranche-on-report = { $percent }, wenn Zwischenbericht { $number } angenommen ist
editor-tranche-on-final-report = { $percent }, wenn der Schlussbericht angenommen ist
editor-tranche-on-date = { $percent }, { $due }
flash-call-tranches-saved = Die Tranchen wurden gespeichert.

## Geförderte Projekte: die Projektseite und die Anfragen an Fachpersonen (web::projects)
project-page-status-state-active = Aktiv
project-page-status-state-completed = Abgeschlossen
project-page-status-state-terminated = Abgebrochen
project-page-milestone-state-pending = Ausstehend
project-page-milestone-state-submitted = Nachweis eingereicht
project-page-milestone-state-accepted = Angenommen
project-page-milestone-state-changes-requested = Änderungen angefordert
project-page-report-state-due = Fällig
project-page-report-state-submitted = Eingereicht
project-page-report-state-accepted = Angenommen
project-page-report-state-changes-requested = Änderungen angefordert
project-page-tranche-state-planned = Geplant
project-page-tranche-state-released = Freigegeben
project-page-tranche-state-paid = Ausgezahlt
project-page-assistance-state-open = Offen
project-page-assistance-state-assigned = Fachperson zugewiesen
project-page-assistance-state-resolved = Erledigt
project-page-overdue-count = { $count ->
    [one] { $count } Punkt überfällig
   *[other] { $count } Punkte überfällig
}
project-page-overdue = Überfällig
project-page-terminated-because = Dieses Projekt wurde abgebrochen:
project-page-lead = Federführende Organisation
project-page-partners = Partnerorganisationen
project-page-partners-none = Keine
project-page-call = Ausschreibung
project-page-programme = Programm
project-page-dates = Geplanter Zeitraum
project-page-dates-value = { $start } bis { $end }
project-page-signed-on = Fördervereinbarung unterzeichnet am
project-page-not-signed = Noch nicht unterzeichnet
project-page-signed = Unterzeichnet
project-page-progress = Fortschritt
project-page-progress-hint = (Anteil der angenommenen Meilensteine)
project-page-percent = { $percent }
project-page-awarded = Bewilligt
project-page-disbursed = Ausgezahlt
project-page-paid-caption = { $disbursed } von bewilligten { $awarded } ausgezahlt ({ $percent }).
project-page-timeline-heading = Zeitplan
project-page-kind-agreement = Vereinbarung:
project-page-kind-milestone = Meilenstein:
project-page-kind-report = Zwischenbericht:
project-page-kind-tranche = Zahlung:
project-page-agreement = Unterzeichnung der Fördervereinbarung
project-page-agreement-signed = Fördervereinbarung unterzeichnet
project-page-tranche-title = { $amount } (Tranche { $position })
project-page-report-title = Bericht { $number }
project-page-report-final-title = Bericht { $number } (Schlussbericht)
project-page-condition-signature = Freigabe, sobald die Fördervereinbarung unterzeichnet ist.
project-page-condition-milestone = Freigabe, sobald Meilenstein { $position } ({ $title }) angenommen ist.
project-page-condition-report = Freigabe, sobald Zwischenbericht { $number } angenommen ist.
project-page-condition-final-report = Freigabe, sobald der Schlussbericht angenommen ist.
project-page-condition-date = Freigabe ab { $date }.
project-page-paid-on-date = Ausgezahlt am { $date }
project-page-released-at = Freigegeben am { $at }
project-page-indicators-heading = Indikatoren
project-page-indicators-none = Die Ausschreibung legt keine Indikatoren fest.
project-page-indicator = Indikator
project-page-unit = Einheit
project-page-target = Zielwert
project-page-latest = Letzter Wert
project-page-latest-hint = Der zuletzt gemeldete Wert, einschließlich noch nicht angenommener Berichte.
project-page-latest-public-hint = Der letzte Wert aus einem angenommenen Zwischenbericht.
project-page-targets-heading = Zielwerte
project-page-target-of = Zielwert: { $name } ({ $unit })
project-page-targets-save = Zielwerte speichern
project-page-milestones-heading = Meilensteine
project-page-milestones-none = Noch keine Meilensteine.
project-page-due = Fällig am { $date }
project-page-evidence = Nachweis
project-page-evidence-of = Nachweis für „{ $title }“
project-page-evidence-hint = Beschreiben Sie, was zeigt, dass der Meilenstein erreicht ist, mit Links zu Dokumenten, sofern diese veröffentlicht sind.
project-page-evidence-submit = Nachweis einreichen
project-page-review-comment = Kommentar des Programms
project-page-comment-on-milestone = Kommentar zu „{ $title }“
project-page-comment-on-report = Kommentar zu Bericht { $number }
project-page-comment-hint = Erforderlich, wenn Sie Änderungen anfordern; das Projektteam sieht ihn.
project-page-accept = Annehmen
project-page-request-changes = Änderungen anfordern
project-page-milestone-add-heading = Meilenstein hinzufügen
project-page-milestone-title = Titel
project-page-milestone-description = Was erwartet wird
project-page-due-on = Fälligkeitsdatum
project-page-milestone-add = Meilenstein hinzufügen
project-page-reports-heading = Zwischenberichte
project-page-reports-none = Es ist kein Zwischenbericht geplant.
project-page-narrative = Was geschehen ist
project-page-narrative-of = Bericht { $number }: Was geschehen ist
project-page-narrative-hint = Was im Berichtszeitraum getan wurde, was sich geändert hat und was hinderlich war.
project-page-spending-of = Bericht { $number }: bisherige Ausgaben ({ $currency })
project-page-spending-hint = Alle Ausgaben für das Projekt seit seinem Beginn, zum Beispiel 12500.50 (mit Punkt als Dezimaltrennzeichen).
project-page-spending-value = Bisherige Ausgaben: { $amount }
project-page-value-of = { $name } ({ $unit })
project-page-values-legend = Indikatoren
project-page-values-hint = Der aktuelle Wert jedes Indikators; lassen Sie leer, was Sie noch nicht messen können.
project-page-report-submit = Bericht einreichen
project-page-tranches-heading = Tranchen
project-page-tranche = Tranche
project-page-amount = Betrag
project-page-condition = Bedingung
project-page-state = Status
project-page-actions = Aktionen
project-page-release = Tranche { $position } freigeben
project-page-release-waiting = Diese Tranche kann erst freigegeben werden, wenn ihre Bedingung erfüllt ist. { $condition }
project-page-paid-on-of = Tranche { $position }: ausgezahlt am
project-page-pay = Auszahlung von Tranche { $position } erfassen
project-page-assistance-heading = Fachliche Unterstützung
project-page-assistance-none = Keine Anfrage nach fachlicher Unterstützung.
project-page-asked-at = Angefragt am { $at }
project-page-expert-is = Fachperson: { $expert }
project-page-expert-assigned = eine Fachperson ist zugewiesen
project-page-notes = Notizen
project-page-expert = Fachperson
project-page-expert-of = Fachperson für „{ $topic }“
project-page-note = Notiz
project-page-assign-note-of = Notiz zur Zuweisung von „{ $topic }“
project-page-assign = Fachperson zuweisen
project-page-resolution = Was getan wurde
project-page-resolve-note-of = Was zu „{ $topic }“ getan wurde
project-page-resolve-hint = Erforderlich: was getan wurde, damit Projektteam und Programm es sehen können.
project-page-resolve = Als erledigt markieren
project-page-assistance-ask-heading = Fachliche Unterstützung anfragen
project-page-assistance-ask-intro = Das Programm weist eine Fachperson zu, die zu dem Thema unterstützt und festhält, was getan wurde.
project-page-assistance-topic = Thema
project-page-assistance-description = Welche Unterstützung benötigt wird
project-page-assistance-ask = Anfrage senden
project-page-manage-heading = Projekt verwalten
project-page-dates-heading = Geplanter Zeitraum
project-page-dates-hint = Der Berichtsplan wird aus den neuen Terminen neu erstellt; ausstehende Meilensteine und datierte Tranchen verschieben sich mit dem Beginn. Nicht mehr möglich, sobald ein Bericht eingereicht ist.
project-page-planned-start = Geplanter Beginn
project-page-planned-end = Geplantes Ende
project-page-dates-save = Termine speichern
project-page-sign-heading = Fördervereinbarung
project-page-sign = Unterzeichnung erfassen
project-page-complete-heading = Abschluss
project-page-complete-hint = Ein Projekt ist abgeschlossen, sobald sein Schlussbericht angenommen ist.
project-page-complete = Projekt als abgeschlossen markieren
project-page-terminate-heading = Abbruch
project-page-terminate-hint = Beendet das Projekt vorzeitig: Danach kann nichts mehr daran getan werden. Der Grund ist öffentlich.
project-page-terminate-reason = Grund für den Abbruch
project-page-terminate = Projekt abbrechen
project-page-stale = Jemand anderes hat dies geändert, während Sie daran gearbeitet haben. Ihre Eingaben sind unten erhalten, und die Seite zeigt das Projekt im aktuellen Stand: Prüfen Sie es und senden Sie das Formular erneut.
assistance-page-title = Anfragen nach fachlicher Unterstützung
assistance-page-intro = Die Anfragen von Projektteams, denen Sie als Fachperson zugewiesen sind.
assistance-page-none = Ihnen ist keine Anfrage zugewiesen.
flash-project-dates-saved = Der geplante Zeitraum wurde gespeichert.
flash-project-signed = Die Unterzeichnung der Fördervereinbarung wurde erfasst.
flash-project-terminated = Das Projekt wurde abgebrochen.
flash-project-completed = Das Projekt ist abgeschlossen.
flash-project-targets-saved = Die Zielwerte wurden gespeichert.
flash-project-milestone-added = Der Meilenstein wurde hinzugefügt.
flash-project-milestone-submitted = Der Nachweis wurde eingereicht.
flash-project-milestone-reviewed = Der Meilenstein wurde geprüft.
flash-project-report-submitted = Der Zwischenbericht wurde eingereicht.
flash-project-report-reviewed = Der Zwischenbericht wurde geprüft.
flash-project-tranche-released = Die Tranche wurde freigegeben.
flash-project-tranche-paid = Die Auszahlung wurde erfasst.
flash-project-assistance-requested = Ihre Anfrage nach fachlicher Unterstützung wurde gesendet.
flash-project-expert-assigned = Die Fachperson wurde zugewiesen.
flash-project-assistance-resolved = Die Anfrage wurde als erledigt markiert.

## Geförderte Projekte: Nachweisdateien (web::projects)
project-page-files = Dateien
project-page-file-of = Eine Nachweisdatei für „{ $title }“
project-page-file-hint = PDF, Bild oder Office-Dokument, höchstens 10 MiB.
project-page-file-upload = Datei anhängen
project-page-file-size = { $kib } KiB
flash-project-file-added = Die Datei ist angehängt.

## Projektzustand (domain::projects::schedule::Health::label)
health-on-track = Im Plan
health-at-risk = Gefährdet
health-completed = Abgeschlossen
health-terminated = Abgebrochen

## Passwort zurücksetzen
error-reset-link-invalid = Dieser Link zum Wählen eines neuen Passworts funktioniert nicht: Er ist unbekannt, wurde bereits verwendet oder ist älter als eine Stunde. Fordern Sie einen neuen an.
login-forgot-password = Passwort vergessen?
reset-request-title = Passwort vergessen?
reset-request-heading = Passwort vergessen?
reset-request-intro = Geben Sie die E-Mail-Adresse Ihres Kontos ein. Wir senden Ihnen dann einen Link, mit dem Sie ein neues Passwort wählen können.
reset-request-email = E-Mail-Adresse
reset-request-submit = Link zusenden
reset-request-problem-title = Es konnte kein Link gesendet werden
reset-sent-title = Sehen Sie in Ihrem E-Mail-Postfach nach
reset-sent-heading = Sehen Sie in Ihrem E-Mail-Postfach nach
reset-sent-body = Falls es zu dieser Adresse ein Konto gibt, haben wir einen Link dorthin gesendet, mit dem Sie ein neues Passwort wählen können. Der Link ist eine Stunde lang gültig und funktioniert nur einmal.
reset-sent-nothing = Nach einigen Minuten ist noch nichts angekommen? Sehen Sie in Ihrem Spam-Ordner nach und prüfen Sie, ob Sie die Adresse Ihres Kontos eingegeben haben.
reset-ask-again = Neuen Link anfordern
reset-back-to-login = Zurück zur Anmeldung
reset-form-title = Neues Passwort wählen
reset-form-heading = Neues Passwort wählen
reset-form-intro = Ihr neues Passwort ersetzt das alte, und Sie werden auf allen Geräten abgemeldet.
reset-form-password = Neues Passwort
reset-form-confirmation = Neues Passwort wiederholen
reset-form-submit = Neues Passwort speichern
reset-error-mismatch = Die beiden Passwörter stimmen nicht überein.
reset-invalid-title = Dieser Link funktioniert nicht
reset-invalid-heading = Dieser Link funktioniert nicht
flash-password-reset = Ihr Passwort wurde geändert, und Sie wurden überall abgemeldet. Melden Sie sich mit Ihrem neuen Passwort an.

## Posteingang, Postausgang und Einstellungen
error-language-unknown = „{ $value }“ ist keine Sprache, in der Convoca schreibt. Wählen Sie Deutsch, Englisch, Spanisch, Französisch oder Arabisch.
error-notification-kind-unknown = „{ $value }“ ist keine Nachrichtenart.
error-notification-kind-required = Wird immer per E-Mail gesendet und kann nicht abgeschaltet werden: { $kind }.
error-outbox-retry-not-failed = Nur eine Nachricht, deren Zustellung fehlgeschlagen ist, kann erneut gesendet werden; { $state ->
    [queued] diese steht noch in der Warteschlange, ihr Versand wird ohnehin versucht.
    [sent] diese wurde bereits gesendet und darf nicht zweimal hinausgehen.
    [skipped] diese wurde nicht per E-Mail gesendet, weil die empfangende Person diese Nachrichtenart abgeschaltet hat.
   *[other] diese ist nicht fehlgeschlagen.
}
notification-kind-invitation = Einladungen, einer Organisation beizutreten
notification-kind-password-reset = Links zum Wählen eines neuen Passworts
notification-kind-application-submitted = Eingangsbestätigungen eingereichter Anträge
notification-kind-application-screened = Ergebnisse der Förderfähigkeitsprüfung von Anträgen
notification-kind-review-assigned = Neue Anträge zur Begutachtung
notification-kind-review-reminder = Erinnerungen an ausstehende Begutachtungen
notification-kind-results-published = Veröffentlichte Ergebnisse von Ausschreibungen
notification-kind-tranche-released = Freigegebene Tranchen geförderter Projekte
notification-kind-milestone-accepted = Angenommene Meilensteine
notification-kind-milestone-changes-requested = Meilensteine, die Änderungen brauchen
notification-kind-report-accepted = Angenommene Zwischenberichte
notification-kind-report-changes-requested = Zwischenberichte, die Änderungen brauchen
notification-kind-report-due-soon = Bald fällige Zwischenberichte
notification-kind-report-overdue = Überfällige Zwischenberichte
notification-kind-assistance-assigned = Anfragen nach fachlicher Unterstützung, die einer Fachperson zugewiesen wurden
notification-kind-assistance-resolved = Erledigte Anfragen nach fachlicher Unterstützung
nav-inbox = Posteingang
nav-inbox-unread = { $count ->
    [one] Posteingang (1 ungelesen)
   *[other] Posteingang ({ $count } ungelesen)
}
nav-outbox = Postausgang
inbox-title = Posteingang
inbox-heading = Ihre Nachrichten
inbox-intro = Alles, was Convoca Ihnen geschrieben hat, auch was nicht per E-Mail gesendet wurde, die neuesten Nachrichten zuerst.
inbox-unread-count = { $count ->
    [0] Keine ungelesene Nachricht.
    [one] Eine ungelesene Nachricht.
   *[other] { $count } ungelesene Nachrichten.
}
inbox-empty = Sie haben noch keine Nachrichten.
inbox-subject = Betreff
inbox-received = Empfangen
inbox-status = Status
inbox-actions = Aktionen
inbox-unread = Ungelesen
inbox-read = Gelesen
inbox-open = Öffnen
inbox-mark-read = Als gelesen markieren
inbox-mark-all-read = Alle als gelesen markieren
flash-inbox-read = Die Nachricht ist als gelesen markiert.
flash-inbox-all-read = Alle Ihre Nachrichten sind als gelesen markiert.
account-preferences-heading = Nachrichten
account-preferences-intro = Convoca schreibt Ihnen per E-Mail und in Ihren Posteingang. Wählen Sie die Sprache Ihrer Nachrichten und welche davon Ihnen per E-Mail gesendet werden: Jede Nachricht bleibt in jedem Fall in Ihrem Posteingang.
account-preferences-language = Sprache Ihrer Nachrichten
account-preferences-emailed = Per E-Mail benachrichtigen über
account-preferences-emailed-hint = Entfernen Sie das Häkchen bei allem, was Sie nicht per E-Mail erhalten möchten.
account-preferences-required = Immer per E-Mail
account-preferences-required-why = Diese Nachrichten betreffen den Zugang zu Ihrem Konto oder bestätigen etwas, das Sie getan haben; deshalb werden sie immer gesendet.
account-preferences-submit = Meine Einstellungen speichern
flash-preferences-saved = Ihre Einstellungen wurden gespeichert.
outbox-title = Postausgang
outbox-heading = Postausgang
outbox-intro = Jede Nachricht, die Convoca in die Warteschlange gestellt hat, die neuesten zuerst, und der Stand ihrer Zustellung. Eine fehlgeschlagene Nachricht kann erneut gesendet werden: Sie kommt zurück in die Warteschlange und wird noch einmal gesendet.
outbox-filters-label = Nachrichten filtern
outbox-filter-state = Zustellstatus
outbox-state-queued = In der Warteschlange
outbox-state-sent = Gesendet
outbox-state-failed = Fehlgeschlagen
outbox-state-skipped = Nicht per E-Mail gesendet (abgeschaltet)
outbox-kind = Nachricht
outbox-recipient = Empfänger
outbox-state = Zustellung
outbox-attempts = Fehlgeschlagene Versuche
outbox-last-error = Letzter Fehler
outbox-created = In die Warteschlange gestellt am
outbox-sent = Gesendet am
outbox-next-attempt = Nächster Versuch: { $date }
outbox-none = Keine Nachricht entspricht diesen Filtern.
outbox-retry = Erneut senden
flash-outbox-retried = Die Nachricht ist wieder in der Warteschlange.

## Ausschreibungen in mehreren Sprachen
programme-content-languages = Veröffentlichungssprachen
programme-content-languages-hint = Die Sprachen, in denen seine Ausschreibungen veröffentlicht werden, als durch Kommas getrennte Codes (en, es, fr, de, ar); in der ersten werden sie verfasst. Leer lassen, wenn Ausschreibungen nicht übersetzt werden.
error-language-twice = { $value } ist doppelt angegeben.
error-first-language-locked = Die erste Veröffentlichungssprache kann nicht mehr geändert werden, sobald das Programm Ausschreibungen hat: deren Texte sind in ihr verfasst.
error-translation-first-language = Die Ausschreibung ist auf { $language } verfasst; ändern Sie diese Texte in der Ausschreibung selbst.
error-translation-not-content-language = { $language } ist keine Veröffentlichungssprache des Programms.
error-translation-unknown-field = Die Ausschreibung hat keinen solchen Text.
call-language-fallback = Diese Ausschreibung wird auf { $languages } veröffentlicht, nicht in Ihrer Sprache; sie wird auf { $shown } angezeigt.
translation-page-title = Übersetzung: { $language }
translation-page-intro = Jeder Text der Ausschreibung im Original, darunter seine Übersetzung. Ein leer gelassener Text wird im Original angezeigt. Übersetzungen ändern keine Regel und können jederzeit bearbeitet werden; jede Änderung wird im Prüfprotokoll festgehalten.
translation-written = Original:
translation-save = Übersetzung speichern
translation-field-title = Titel
translation-field-description = Beschreibung
translation-field-criterion-title = Kriterium { $position }: Titel
translation-field-criterion-guidance = Kriterium { $position }: Hinweise
translation-field-question-prompt = Frage { $position }: Fragetext
translation-field-question-help = Frage { $position }: Hilfe
translation-field-indicator-name = Indikator { $position }: Name
translation-field-milestone-title = Meilenstein { $position }: Titel
editor-translations-heading = Übersetzungen
editor-translations-none = Das Programm veröffentlicht seine Ausschreibungen in einer Sprache. Um sie zu übersetzen, geben Sie auf der Seite des Programms seine Veröffentlichungssprachen an.
editor-translations-intro = Das Programm veröffentlicht seine Ausschreibungen in mehreren Sprachen. Übersetzungen können jederzeit bearbeitet werden, auch nach der Öffnung.
editor-translations-link = Übersetzen: { $language }
flash-call-translation-saved = Die Übersetzung wurde gespeichert.

## Home page per role, and which role a refused page is for
error-page-needs-role-admin = Diese Seite ist für Administratorinnen und Administratoren.
error-page-needs-role-manager = Diese Seite ist für Programmverantwortliche.
error-page-needs-role-reviewer = Diese Seite ist für Mitglieder des Auswahlgremiums.
error-page-needs-role-applicant = Diese Seite ist für Antragstellende (Beschäftigte einer Kommune oder einer Partnerorganisation).
error-page-needs-roles = Diese Seite ist für diese Rollen: { $roles }.
home-no-role = Ihr Konto hat noch keine Rolle. Rollen vergibt eine Administratorin oder ein Administrator.
home-your-account = Konto und Organisation
home-call-name = { $title } ({ $code })
home-application-name = { $reference }: { $title }
home-results-of = Ergebnisse von { $title }
home-results-published = veröffentlicht am { $date }
home-reviews-done = { $needed ->
    [one] { $done } von 1 Bewertung erledigt
   *[other] { $done } von { $needed } Bewertungen erledigt
}
home-reviews-done-due = { $done }; Bewertungen fällig am { $date }
home-work-item = { $project }: { $what }
home-work-report = Fortschrittsbericht { $number }
home-work-milestone = Meilenstein „{ $title }“
home-work-due = fällig am { $date }
home-work-overdue = überfällig seit { $date }
home-work-changes-requested = Änderungen erbeten (fällig am { $date })
home-admin-heading = Administration
home-admin-group = Benutzer und E-Mail
home-admin-users = { $count ->
    [one] 1 Benutzerkonto
   *[other] { $count } Benutzerkonten
}
home-admin-inactive = { $count ->
    [one] 1 deaktiviert
   *[other] { $count } deaktiviert
}
home-admin-outbox = E-Mail-Postausgang
home-admin-outbox-counts = { $queued } in der Warteschlange, { $failed } fehlgeschlagen
home-manager-heading = Programmverwaltung
home-manager-quiet = Im Moment wartet nichts auf Sie.
home-manager-unverified = Organisationen, die auf Prüfung warten
home-manager-unverified-note = { $count ->
    [one] 1 Organisation wartet darauf, geprüft zu werden.
   *[other] { $count } Organisationen warten darauf, geprüft zu werden.
}
home-manager-unverified-all = Alle Organisationen, die auf Prüfung warten
home-manager-screen = Zu prüfende Anträge
home-manager-screen-count = { $count ->
    [one] 1 eingereichter Antrag zu prüfen
   *[other] { $count } eingereichte Anträge zu prüfen
}
home-manager-reviewing = Stand der Bewertung
home-manager-to-review = Berichte und Meilensteine, die auf Ihre Prüfung warten
home-manager-overdue = Überfällige Berichte und Meilensteine
home-manager-assistance = Offene Anfragen nach technischer Unterstützung
home-manager-assistance-asked = angefragt am { $date }
home-manager-portfolio = Das Portfolio der geförderten Projekte
home-reviewer-heading = Auswahlgremium
home-reviewer-quiet = Keine Bewertung wartet auf Sie.
home-reviewer-call = Ihre Bewertungen für { $title } ({ $code })
home-reviewer-left = { $assigned ->
    [one] { $left } von 1 zugewiesenen Antrag noch zu bewerten
   *[other] { $left } von { $assigned } zugewiesenen Anträgen noch zu bewerten
}
home-reviewer-left-due = { $left }; Bewertungen fällig am { $date }.
home-reviewer-draft = Entwurf gespeichert
home-reviewer-not-started = nicht begonnen
home-reviewer-all = Alle Ihre Bewertungen
home-chair-call = Gremiumssitzung für { $title } ({ $code })
home-chair-note = { $progress }. { $flagged }
home-chair-flagged = { $count ->
    [0] Kein Antrag ist zur Diskussion markiert.
    [one] 1 Antrag zur Diskussion markiert ({ $open } ohne Konsenswertung).
   *[other] { $count } Anträge zur Diskussion markiert ({ $open } ohne Konsenswertung).
}
home-chair-consensus-recorded = Konsenswertung erfasst
home-chair-consensus-to-record = Konsenswertung noch zu erfassen
home-chair-progress-link = Der Fortschritt des Gremiums
home-applicant-heading = Anträge und Projekte Ihrer Organisation
home-applicant-drafts = Abzuschließende Entwürfe
home-applicant-draft = { $title } (für { $call })
home-applicant-deadline = Frist { $date }, { $left }
home-applicant-deadline-missed = die Frist ist abgelaufen
home-applicant-submissions = Eingereichte Anträge
home-applicant-submission-state = { $call }: { $state }
home-applicant-all = Alle Ihre Anträge
home-applicant-results = Zu lesende Ergebnisse
home-applicant-projects = Ihre geförderten Projekte
home-applicant-due = Fällige Berichte und Meilensteine
home-applicant-start = Sich auf eine Ausschreibung bewerben
home-applicant-none = Ihre Organisation hat noch keinen Antrag begonnen.
home-public-heading = Ausschreibungen, Ergebnisse und Projekte
home-public-open-calls = Offene Ausschreibungen
home-public-no-open-calls = Im Moment ist keine Ausschreibung offen.
home-public-closes = endet am { $date }
home-public-all-calls = Alle Ausschreibungen
home-public-results = Neueste Ergebnisse
home-public-portfolio = Das Portfolio
home-public-projects = { $count ->
    [one] 1 gefördertes Projekt
   *[other] { $count } geförderte Projekte
}
call-sign-up-to-apply = Registrieren, um sich zu bewerben
call-log-in-to-apply = Schon registriert? Melden Sie sich an, um sich zu bewerben
selection-page-flagged-on = Zur Diskussion markiert: { $criteria }
selection-page-flagged-total = Zur Diskussion markiert: die Gesamtwertungen der Gutachtenden weichen voneinander ab
error-page-too-large-title = Zu groß
error-page-too-large = Was Sie gesendet haben, ist zu groß: Eine Datei darf höchstens 10 MiB groß sein, ein Formular höchstens { $mib } MiB. Es wurde nichts gespeichert. Gehen Sie zurück, wählen Sie eine kleinere Datei und senden Sie sie erneut.
selection-finalise-confirm-heading = Entscheidungen abschließen?
selection-finalise-confirm-consequences = Jeder ausgewählte Antrag wird zu einem geförderten Projekt, die Ausschreibung gilt als entschieden, und die Ergebnisse können danach veröffentlicht werden. Das lässt sich nicht rückgängig machen.
selection-finalise-confirm-back = Zurück zur Auswahlübersicht

## The call editor as one form
editor-one-form-hint = Diese Seite ist ein einziges Formular: Jede Speichern-Schaltfläche speichert alle Änderungen auf der Seite, in jedem Abschnitt, damit nichts Eingegebene verloren geht.
editor-more-rows = Weitere Zeilen
editor-more-questions = Weitere Fragen
editor-weight-total = Gesamtgewichtung der Kriterien:
editor-scoring-intro = Wie aus den Punkten des Gremiums die Werte jeder Bewerbung werden. Die Aggregationsmethode ist eine veröffentlichte Regel und ab der Öffnung der Ausschreibung fest; alles andere kann sich bis zu den Entscheidungen ändern.
editor-scoring-method-frozen = Aggregation (fest seit der Öffnung der Ausschreibung): { $method }
flash-call-saved = Ihre Änderungen wurden gespeichert.
flash-call-unchanged = Es hatte sich nichts geändert, daher wurde nichts gespeichert.
error-organisation-name-ambiguous = Mehrere Organisationen heißen „{ $value }“; geben Sie die Kennung oder den amtlichen Schlüssel der gemeinten an.
prerequisite-holders-heading = Wer sie erfüllt hat
prerequisite-holders-none = Noch keine Organisation hat sie erfüllt.
prerequisite-holders-caption = Organisationen, die „{ $name }“ erfüllt haben
prerequisite-holders-recorded = Erfasst
prerequisite-import-organisations-link = Kennungen und amtliche Schlüssel der Organisationen nachsehen
prerequisite-import-template-link = CSV-Vorlage herunterladen
manage-organisation-id = Kennung
manage-organisations-identifiers = Ein Import von Voraussetzungen bezeichnet eine Organisation durch ihre Kennung, ihren amtlichen Schlüssel oder, sofern keine andere Organisation so heißt, ihren Namen.
# Die Eingangsbestätigung als druckbare Kopie des Antrags (Issue 17)
receipt-organisation = { $name } ({ $kind })
receipt-as-submitted = Unten steht der vollständige Antrag genau so, wie er eingereicht wurde. Spätere Änderungen an der Ausschreibung oder an den Organisationen ändern ihn nicht.
receipt-partners-none = Keine Partnerorganisationen.
layout-table-region = Tabelle: { $name }

## A programme across its cycles
programme-page-eyebrow = Programm
programme-page-open-data = Diese Zahlen als offene Daten (JSON)
programme-page-cycles-heading = Runden
programme-page-cycles-intro = Jede Ausschreibung des Programms der Reihe nach, mit dem, was sie erreicht hat. Was eine Ausschreibung entschieden hat, zählt ab der Veröffentlichung ihrer Ergebnisse.
programme-page-cycles-none = Dieses Programm hat noch keine Ausschreibung veröffentlicht.
programme-page-cycle = Runde
programme-page-state = Status
programme-page-dates = { $opens } – { $closes }
programme-page-cloned-from = Setzt { $cycle } fort
programme-page-applications = Bewerbungen
programme-page-eligible = Förderfähig
programme-page-selected = Ausgewählt
programme-page-projects = Geförderte Projekte
programme-page-awarded = Bewilligt
programme-page-disbursed = Ausgezahlt
programme-page-completed = Abgeschlossen
programme-page-terminated = Vorzeitig beendet
programme-page-not-published = Ergebnisse noch nicht veröffentlicht
programme-page-chart-counts-title = Bewerbungen und Auswahl je Runde
programme-page-chart-money-title = Bewilligt und ausgezahlt je Runde ({ $currency })
programme-page-indicators-heading = Indikatoren je Runde
programme-page-indicators-none = Noch keine Runde mit veröffentlichten Ergebnissen hat Indikatoren.
programme-page-indicator = Indikator
programme-page-indicator-target = Zielwerte
programme-page-indicator-reached = Erreicht
programme-page-regions-heading = Regionen über die Runden
programme-page-regions-intro = Welche Gebietseinheiten sich in welcher Runde beworben haben und ausgewählt wurden; auch die nie erreichten sind aufgeführt.
programme-page-never-reached = Nie erreicht: { $count } von { $total } Gebietseinheiten.
programme-page-region = Gebietseinheit
programme-page-region-cell = { $applications } beworben, { $selected } ausgewählt
programme-page-region-none = Keine
programme-page-region-unnamed = Keine Gebietseinheit angegeben
programme-page-not-reached = Nie erreicht
call-programme-cycles = Alle Runden dieses Programms

## Erfahrungsaustausch zwischen Projekten

exchanges-link = Erfahrungsaustausch zwischen den geförderten Projekten
exchanges-heading = Erfahrungsaustausch
exchanges-intro = Bringen Sie die Teams der geförderten Projekte zusammen, damit sie voneinander lernen. Eingeladene Teams werden benachrichtigt und melden an, wer teilnimmt; nach dem Austausch halten Sie das Ergebnis fest: Dann erscheint er auf der öffentlichen Seite des Programms.
exchanges-list-heading = Austauschtreffen dieses Programms
exchanges-none = Es wurde noch kein Austausch organisiert.
exchange-title = Titel
exchange-starts-at = Datum und Uhrzeit
exchange-starts-at-hint = In der unten angegebenen Zeitzone.
exchange-time-zone = Zeitzone
exchange-time-zone-hint = Eine IANA-Zeitzone, zum Beispiel Europe/Berlin oder Africa/Tunis.
exchange-place = Ort
exchange-place-hint = Wo er stattfindet; leer lassen, wenn er nur online stattfindet.
exchange-online-link = Online-Link
exchange-online = Online teilnehmen
exchange-agenda = Tagesordnung
exchange-invited = Eingeladene Projekte
exchange-new-heading = Einen Austausch organisieren
exchange-no-projects = Dieses Programm hat noch keine geförderten Projekte, die eingeladen werden könnten.
exchange-create = Austausch organisieren
exchange-edit-heading = Austausch ändern
exchange-save = Austausch speichern
exchange-outcome-heading = Ergebnis
exchange-outcome-recorded = Festgehalten
exchange-outcome-pending = Noch nicht festgehalten
exchange-outcome-notes = Was gelernt wurde
exchange-outcome-attended = Haben teilgenommen
exchange-outcome-documents = Dokumente
exchange-outcome-documents-hint = Eines pro Zeile: ein Titel, ein senkrechter Strich und die Adresse, zum Beispiel „Folien | https://example.org/folien.pdf“.
exchange-outcome-save = Ergebnis festhalten
exchange-outcome-not-yet = Das Ergebnis kann festgehalten werden, sobald der Austausch begonnen hat.
exchange-registered-heading = Wer kommt
exchange-attendees = Teilnehmende Personen
exchange-attendees-hint = Ein Name pro Zeile; Sie können die Liste ändern, bis der Tag des Austauschs vorbei ist.
exchange-no-one-registered = Noch niemand angemeldet.
exchange-attended-yes = Ja
exchange-attended-no = Nein
exchange-project-heading = Erfahrungsaustausch
exchange-project-intro = Austauschtreffen zwischen geförderten Projekten, zu denen Ihr Projekt eingeladen ist.
exchange-attendance-save = Teilnehmende speichern
exchange-attendance-closed = Die Anmeldung ist geschlossen.
exchange-attendance-heading = Wer am Austausch teilnimmt
exchange-back-to-project = Zurück zum Projekt
exchange-public-heading = Erfahrungsaustausch
exchange-public-none = Es wurde noch kein Erfahrungsaustausch festgehalten.
exchange-public-invited = Eingeladen:
exchange-public-attended = Haben teilgenommen:
exchange-public-attended-none = keine der eingeladenen Organisationen
flash-exchange-organised = Der Austausch wurde organisiert und die eingeladenen Teams wurden benachrichtigt.
flash-exchange-saved = Der Austausch wurde gespeichert.
flash-exchange-outcome-recorded = Das Ergebnis wurde festgehalten; der Austausch ist jetzt öffentlich.
flash-exchange-attendance-saved = Ihre Teilnehmendenliste wurde gespeichert.
error-link-invalid = Geben Sie eine Webadresse ein, die mit https:// oder http:// beginnt.
error-exchange-place-or-link = Geben Sie einen Ort, einen Online-Link oder beides an.
error-exchange-invite-someone = Laden Sie mindestens ein gefördertes Projekt ein.
error-exchange-project-not-in-programme = Nur geförderte Projekte aus den Ausschreibungen dieses Programms können eingeladen werden.
error-exchange-outcome-recorded = Das Ergebnis dieses Austauschs ist festgehalten; er kann nicht mehr geändert werden.
error-exchange-over = Dieser Austausch ist vorbei; die Teilnehmendenliste kann nicht mehr geändert werden.
error-exchange-not-held-yet = Der Austausch hat noch nicht begonnen; halten Sie das Ergebnis danach fest.
error-exchange-attended-not-invited = Nur eingeladene Projekte können teilgenommen haben.
notification-kind-exchange-invited = Einladungen zum Erfahrungsaustausch
email-exchange-invited-subject = „{ $project }“ ist zu einem Erfahrungsaustausch eingeladen: { $exchange }
email-exchange-invited-body =
    Das Programm lädt das Team von „{ $project }“ zum Erfahrungsaustausch „{ $exchange }“ ein, am { $starts_at } ({ $place }).

    Auf der Projektseite finden Sie die Tagesordnung und können anmelden, wer aus Ihrer Organisation teilnimmt.

## Voneinander lernen: Erfahrungen und Übertragung
learning-heading = Voneinander lernen
lessons-heading = Erfahrungen (Lessons Learned)
lessons-legend = Erfahrungen (Lessons Learned)
lessons-hint = Der Schlussbericht teilt, was dieses Pilotprojekt gelernt hat, damit andere Kommunen es übernehmen können. Jeder Teil ist Pflicht; die Erfahrungen werden öffentlich, sobald der Bericht angenommen ist.
lessons-what-worked = Was funktioniert hat
lessons-what-did-not = Was nicht funktioniert hat
lessons-to-replicate = Was eine andere Kommune braucht, um es zu übernehmen
lessons-contact = Ansprechperson
lessons-contact-hint = Ein Name mit E-Mail-Adresse oder eine Funktion, an die sich andere wenden können.
lessons-unpublished = Diese Erfahrungen sehen nur das Projektteam und die Programmverwaltung, bis der Schlussbericht angenommen ist.
lessons-published-on = Veröffentlicht am { $date }
lessons-none = Noch keine Erfahrungen veröffentlicht: Sie kommen mit dem angenommenen Schlussbericht.
replication-heading = Übertragung
replication-field = Überträgt ein früheres Projekt
replication-hint = Optional: ein gefördertes Projekt aus dem öffentlichen Portfolio, das hier übernommen wird.
replication-replicates = Überträgt:
replication-none = Noch kein späteres Projekt überträgt dieses.
replication-count = { $count ->
    [one] 1 späteres Projekt überträgt dieses:
   *[other] { $count } spätere Projekte übertragen dieses:
}
replication-save = Verknüpfung speichern
flash-project-replicates-set = Die Verknüpfung wurde gespeichert.
error-replication-not-public = Wählen Sie ein gefördertes Projekt aus dem öffentlichen Portfolio.
error-replication-self = Ein Projekt kann sich nicht selbst übertragen.
error-replication-later = Wählen Sie ein Projekt, das vor diesem gefördert wurde.
portfolio-replications = Übertragungen
portfolio-open-data-lessons = Erfahrungen (CSV)
programme-page-learning-heading = Lernen je Runde
programme-page-learning-intro = Die mit den Projekten jeder Runde abgehaltenen Austauschtreffen, die in ihren Abschlussberichten veröffentlichten Erkenntnisse und wie viele ihrer Projekte ein früheres nachahmen.
programme-page-exchanges-held = Abgehaltene Austauschtreffen
programme-page-lessons-published = Veröffentlichte Erkenntnisse
programme-page-replications = Nachahmungen
programme-page-cycle-number = Runde { $number }
error-benchmark-criterion-unknown = Der Aufruf hat kein Kriterium { $position }.
call-part-selection-mode = das Auswahlverfahren
call-part-benchmark = der Maßstab
selection-reason-benchmark = Ausgewählt: erfüllt den Maßstab.
selection-reason-below-benchmark = Nicht ausgewählt: erfüllt den Maßstab nicht.
selection-reason-enrolled = Aufgenommen: als förderfähig geprüft.
results-page-selection-mode = Art des Aufrufs
call-selection-mode-competitive = Wettbewerb: Rangfolge im Rahmen von Budget und Plätzen
call-selection-mode-benchmark = Maßstab: jeder Antrag, der ihn erfüllt, wird anerkannt
call-selection-mode-enrolment = Beitritt: jeder förderfähige Antragsteller wird aufgenommen
results-page-level = Stufe
results-page-criterion-met = erfüllt
results-page-criterion-not-met = nicht erfüllt
portfolio-open-data-commitments-csv = Verpflichtungen der Aktionspläne (CSV)
portfolio-open-data-commitments-json = Verpflichtungen der Aktionspläne (JSON)
error-commitment-unknown = Wählen Sie eine Verpflichtung des Aktionsplans dieses Projekts, jede nur einmal.
error-completion-unknown = Wählen Sie eine Bewertung: nicht begonnen, begrenzt, wesentlich oder abgeschlossen.
error-commitment-unrated = Bewerten Sie den Fortschritt der Verpflichtung „{ $commitment }“.
error-ogp-value-unknown = Wählen Sie einen Wert: Transparenz, Beteiligung, Rechenschaft oder Inklusion.
error-plan-adopted = Der Rat hat den Aktionsplan beschlossen; seine Verpflichtungen können sich nicht mehr ändern.
error-adoption-of-commitment = Der Ratsbeschluss gilt dem ganzen Aktionsplan, nicht einer Verpflichtung.
error-adoption-exists = Dieses Projekt hat bereits seinen Meilenstein für den Ratsbeschluss.
commitment-heading = Aktionsplan
commitment-plan-adopted = Vom Rat beschlossen
commitment-plan-not-adopted = Noch nicht vom Rat beschlossen
commitment-none = Noch keine Verpflichtungen.
commitment-field-title = Verpflichtung
commitment-field-problem = Behandeltes Problem
commitment-field-value = Wert offenen Regierungshandelns
commitment-field-lead = Federführende Institution
commitment-completion = Fortschritt
commitment-not-rated = Noch nicht bewertet
commitment-completion-in-report = { $rating } (Bericht { $number })
commitment-value-transparency = Transparenz
commitment-value-participation = Beteiligung
commitment-value-accountability = Rechenschaft
commitment-value-inclusion = Inklusion
commitment-completion-not-started = Nicht begonnen
commitment-completion-limited = Begrenzt
commitment-completion-substantial = Wesentlich
commitment-completion-complete = Abgeschlossen
commitment-add-heading = Verpflichtung hinzufügen
commitment-add = Verpflichtung hinzufügen
commitment-rating-of = Fortschritt von „{ $title }“
commitment-ratings-legend = Fortschritt jeder Verpflichtung
commitment-milestone-of = Zugehörige Verpflichtung
commitment-milestone-adoption = Ratsbeschluss über den Aktionsplan
commitment-milestone-adoption-hint = Ankreuzen beim Meilenstein, der den Ratsbeschluss festhält; sein Nachweis ist der Beschluss des Rates.
flash-project-commitment-added = Die Verpflichtung wurde hinzugefügt.
editor-selection-mode = Auswahlverfahren
editor-selection-mode-hint = Wettbewerbliche Aufrufe reihen und wählen im Rahmen von Budget und Plätzen aus; Aufrufe mit Maßstab erkennen jeden Antrag an, der ihn erfüllt (Kernkriterien und Stufen werden über die API festgelegt); Beitrittsaufrufe nehmen jeden förderfähigen Antragsteller auf. Ab der Öffnung des Aufrufs festgelegt.
editor-selection-mode-frozen = Auswahlverfahren (seit der Öffnung festgelegt): { $mode }

## Laufende Ausschreibungen: ohne Frist, jede Bewerbung wird bei Eingang entschieden
error-rolling-competitive = Eine Wettbewerbsausschreibung reiht alle Bewerbungen gemeinsam und braucht daher eine Frist: Nur Benchmark- und Beitrittsausschreibungen können laufend sein.
error-rolling-one-by-one = Diese Ausschreibung ist laufend: Ihre Bewerbungen werden einzeln entschieden, nicht alle auf einmal.
error-rolling-only = Nur eine Bewerbung in einer laufenden Ausschreibung wird einzeln entschieden.
error-rolling-not-screened = Nur eine als förderfähig geprüfte und noch nicht entschiedene Bewerbung kann jetzt entschieden werden.
error-rolling-already-decided = Über diese Bewerbung ist bereits entschieden; die Entscheidung ist endgültig.
call-rolling-no-deadline = Keine Frist: offen, bis das Programm sie schließt
editor-rolling = Laufende Aufnahme
editor-rolling-hint = Nur für Benchmark- und Beitrittsausschreibungen. Die Ausschreibung hat keine Frist: Sie bleibt offen, bis Sie sie schließen, und jede Bewerbung wird entschieden und veröffentlicht, sobald sie als förderfähig geprüft (und in einer Benchmark-Ausschreibung begutachtet) ist.
editor-rolling-frozen = Diese Ausschreibung ist laufend: Sie hat keine Frist, und jede Bewerbung wird bei Eingang entschieden.
application-rolling-heading = Über diese Bewerbung entscheiden
application-rolling-intro = Diese Ausschreibung ist laufend: Sie entscheiden über jede Bewerbung einzeln, sobald sie als förderfähig geprüft ist. Es entscheidet die Regel der Ausschreibung (aufgenommen in einer Beitrittsausschreibung; anerkannt, wenn die Gutachten den Benchmark erfüllen), außer Sie weichen auf der Auswahlübersicht davon ab. Die Entscheidung ist endgültig und wird sofort veröffentlicht; eine aufgenommene Bewerbung wird zum Projekt.
application-rolling-decide = Entscheiden und veröffentlichen
flash-application-decided = Über die Bewerbung ist entschieden, und die Entscheidung ist veröffentlicht.
call-joined-heading = Wer beigetreten ist
call-joined-intro = Diese Ausschreibung nimmt Kommunen auf, sobald sie sich bewerben. Jede hier genannte wurde aufgenommen oder anerkannt; die Liste wächst mit jeder Entscheidung.
call-joined-none = Noch ist niemand beigetreten.
call-joined-organisation = Kommune
call-joined-place = Region
call-joined-level = Stufe
call-joined-date = Beigetreten am
call-joined-results = Alle Entscheidungen mit ihren Gründen

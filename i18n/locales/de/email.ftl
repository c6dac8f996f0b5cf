## E-Mails: ein Betreff und ein Text pro Art von Benachrichtigung (`email-<kind>-subject`, `email-<kind>-body`).
## Die Argumente stammen aus den Nutzdaten der Nachricht; `$link` führt dorthin, wo die Empfängerin oder der Empfänger tätig wird.
## Die Link-Zeile und die Fußzeile werden nach dem Text angefügt: Ein Text wiederholt den Link nie.

email-link = In Convoca öffnen: { $link }
email-footer-required = Sie erhalten diese Nachricht, weil auf Convoca etwas geschehen ist, das Sie betrifft; sie kann nicht abbestellt werden.
email-footer-optional = Auf Ihrer Kontoseite können Sie auswählen, über welche Nachrichten Convoca Sie per E-Mail informiert: { $preferences }

## Konten

email-invitation-subject = { $inviter } lädt Sie ein, { $organisation } auf Convoca beizutreten
email-invitation-body =
    { $inviter } hat Sie eingeladen, { $organisation } auf Convoca beizutreten. Über Convoca stellen Kommunen Anträge bei nationalen Programmen und verfolgen ihre geförderten Projekte.

    Um die Einladung anzunehmen, öffnen Sie den Link unten und wählen Sie Ihren Namen und ein Passwort. Der Link funktioniert einmal und ist { $days ->
        [one] einen Tag
       *[other] { $days } Tage
    } gültig. Wenn Sie diese Einladung nicht erwartet haben, können Sie diese Nachricht einfach ignorieren.

email-password-reset-subject = Wählen Sie ein neues Passwort für Convoca
email-password-reset-body =
    Guten Tag { $name },

    jemand, vermutlich Sie selbst, hat beantragt, das Passwort Ihres Convoca-Kontos zurückzusetzen. Öffnen Sie den Link unten, um ein neues Passwort zu wählen; er funktioniert einmal und läuft bald ab.

    Wenn Sie dies nicht beantragt haben, ignorieren Sie diese Nachricht bitte: Ihr Passwort bleibt unverändert.

## Anträge

email-application-submitted-subject = Antrag { $reference } eingegangen
email-application-submitted-body =
    Vielen Dank: Ihr Antrag „{ $application_title }“ zur Ausschreibung { $call_title } ist am { $submitted_at } eingegangen. Er hat das Aktenzeichen { $reference }; bitte geben Sie es immer an, wenn Sie dem Programm schreiben.

    Ihr Antrag wird genau so aufbewahrt, wie Sie ihn eingereicht haben, und Sie können ihn jederzeit in Convoca verfolgen. Das Programm prüft nun seine Förderfähigkeit und teilt Ihnen das Ergebnis mit.

email-application-screened-subject = { $outcome ->
        [eligible] Antrag { $reference } ist förderfähig
       *[other] Antrag { $reference } ist nicht förderfähig
    }
email-application-screened-body =
    { $outcome ->
        [eligible] Eine gute Nachricht: Ihr Antrag „{ $application_title }“ ({ $reference }) zur Ausschreibung { $call_title } erfüllt deren Förderfähigkeitsregeln. Er geht nun an das Auswahlgremium, das ihn nach den Kriterien der Ausschreibung bewertet.
       *[other] Ihr Antrag „{ $application_title }“ ({ $reference }) zur Ausschreibung { $call_title } erfüllt deren Förderfähigkeitsregeln nicht und kann daher nicht an das Auswahlgremium weitergeleitet werden. Das Programm hat dies wie folgt begründet: { $reason }
    }

## Auswahlgremium und Begutachtungen

email-review-assigned-subject = { $count ->
        [one] Ein Antrag zur Begutachtung in der Ausschreibung { $call_title }
       *[other] { $count } Anträge zur Begutachtung in der Ausschreibung { $call_title }
    }
email-review-assigned-body =
    { $count ->
        [one] Sie wurden gebeten, einen Antrag in der Ausschreibung { $call_title } ({ $call_code }) zu begutachten.
       *[other] Sie wurden gebeten, { $count } Anträge in der Ausschreibung { $call_title } ({ $call_code }) zu begutachten.
    }

    Auf der Seite „Meine Begutachtungen“ finden Sie jeden Antrag mit seinem Bewertungsbogen. Sie können einen Bewertungsbogen so oft als Entwurf speichern, wie Sie möchten; die Begutachtungen der anderen Mitglieder bleiben verborgen, bis Sie Ihre eigene eingereicht haben. Wenn Sie bei einem Antrag einen Interessenkonflikt haben, legen Sie ihn bitte auf der Seite des Antrags offen.

email-review-reminder-subject = { $outstanding ->
        [one] Eine Begutachtung in der Ausschreibung { $call_title } ist noch einzureichen
       *[other] { $outstanding } Begutachtungen in der Ausschreibung { $call_title } sind noch einzureichen
    }
email-review-reminder-body =
    { $outstanding ->
        [one] Wir möchten Sie freundlich daran erinnern, dass eine Ihrer Begutachtungen in der Ausschreibung { $call_title } ({ $call_code }) noch nicht eingereicht ist.
       *[other] Wir möchten Sie freundlich daran erinnern, dass { $outstanding } Ihrer Begutachtungen in der Ausschreibung { $call_title } ({ $call_code }) noch nicht eingereicht sind.
    }

    { $has_deadline ->
        [yes] Die Begutachtungen sind bis { $deadline } einzureichen. Ein Entwurf zählt erst, wenn er eingereicht ist.
       *[other] Ein Entwurf zählt erst, wenn er eingereicht ist, und das Auswahlgremium benötigt alle Begutachtungen, bevor die Anträge in eine Rangfolge gebracht werden können.
    }

    Vielen Dank für die Zeit und Sorgfalt, die Sie der Arbeit des Auswahlgremiums widmen.

## Ergebnisse

email-results-published-subject = Die Ergebnisse der Ausschreibung { $call_title } sind veröffentlicht
email-results-published-body =
    Die Ergebnisse der Ausschreibung { $call_title } sind jetzt öffentlich.

    { $outcome ->
        [selected] Herzlichen Glückwunsch: Ihr Antrag „{ $application_title }“ ({ $reference }) wurde zur Förderung ausgewählt. Das Programm wird sich wegen der Fördervereinbarung mit Ihnen in Verbindung setzen.
        [waitlisted] Ihr Antrag „{ $application_title }“ ({ $reference }) erfüllt die Voraussetzungen für eine Förderung, steht aber auf der Warteliste: Er kann noch gefördert werden, wenn ein Platz frei wird.
       *[other] Ihr Antrag „{ $application_title }“ ({ $reference }) wurde dieses Mal nicht ausgewählt. Wir danken Ihnen für die Arbeit, die Sie in den Antrag investiert haben.
    }

    Die Ergebnisseite zeigt die Rangfolge, die Punktzahlen, die das Auswahlgremium für jedes Kriterium vergeben hat, und die Begründung jeder Entscheidung.

## Geförderte Projekte

email-tranche-released-subject = Tranche { $tranche } für „{ $project }“ freigegeben
email-tranche-released-body =
    Tranche { $tranche } der Förderung für „{ $project }“ in Höhe von { $amount } wurde freigegeben. Die Zahlung folgt; auf der Projektseite sehen Sie, wann sie als ausgezahlt erfasst ist.

email-milestone-accepted-subject = Meilenstein angenommen: { $milestone }
email-milestone-accepted-body =
    Das Programm hat den Meilenstein „{ $milestone }“ des Projekts „{ $project }“ angenommen. Herzlichen Glückwunsch und vielen Dank für den Nachweis. Falls eine Tranche auf diesen Meilenstein gewartet hat, kann sie jetzt freigegeben werden.

email-milestone-changes-requested-subject = Änderungen am Meilenstein „{ $milestone }“ erbeten
email-milestone-changes-requested-body =
    Das Programm hat den Nachweis für den Meilenstein „{ $milestone }“ des Projekts „{ $project }“ geprüft und bittet um einige Änderungen, bevor es ihn annimmt:

    { $note }

    Sie können den Nachweis auf der Projektseite überarbeiten und erneut einreichen.

email-report-accepted-subject = Zwischenbericht { $report } zu „{ $project }“ angenommen
email-report-accepted-body =
    Das Programm hat den Zwischenbericht { $report } zu „{ $project }“ angenommen. Vielen Dank, dass Sie das Programm auf dem Laufenden halten. Falls eine Tranche auf diesen Bericht gewartet hat, kann sie jetzt freigegeben werden.

email-report-changes-requested-subject = Änderungen am Zwischenbericht { $report } zu „{ $project }“ erbeten
email-report-changes-requested-body =
    Das Programm hat den Zwischenbericht { $report } zu „{ $project }“ gelesen und bittet um einige Änderungen, bevor es ihn annimmt:

    { $note }

    Sie können den Bericht auf der Projektseite überarbeiten und erneut einreichen.

email-report-due-soon-subject = Zwischenbericht { $report } zu „{ $project }“ ist am { $due_on } fällig
email-report-due-soon-body =
    Der Zwischenbericht { $report } zu „{ $project }“ ist am { $due_on } fällig. Er beschreibt, was umgesetzt wurde, die bisherigen Ausgaben und die Werte der Projektindikatoren; Sie können ihn auf der Projektseite verfassen und einreichen.

email-report-overdue-subject = Zwischenbericht { $report } zu „{ $project }“ ist überfällig
email-report-overdue-body =
    Der Zwischenbericht { $report } zu „{ $project }“ war am { $due_on } fällig und wurde noch nicht eingereicht. Solange er fehlt, wird das Projekt als gefährdet angezeigt, und Tranchen, die auf diesen Bericht warten, können nicht freigegeben werden.

    Wenn Sie etwas aufhält, kann das Programm helfen: Auf der Projektseite können Sie fachliche Unterstützung anfragen.

email-assistance-assigned-subject = { $audience ->
        [expert] Fachliche Unterstützung für „{ $project }“: { $topic }
       *[other] { $expert } unterstützt Sie bei „{ $topic }“
    }
email-assistance-assigned-body =
    { $audience ->
        [expert] Sie wurden gebeten, das Projekt „{ $project }“ beim Thema „{ $topic }“ fachlich zu unterstützen. Auf Ihrer Seite „Anfragen nach fachlicher Unterstützung“ sehen Sie, was das Team benötigt; wenn die Arbeit abgeschlossen ist, markieren Sie die Anfrage dort als erledigt und halten in einer Notiz fest, was getan wurde.
       *[other] Ihre Anfrage nach fachlicher Unterstützung zu „{ $topic }“ für „{ $project }“ wurde { $expert } zugewiesen. { $expert } wird sich mit Ihnen in Verbindung setzen.
    }

email-assistance-resolved-subject = Fachliche Unterstützung zu „{ $topic }“ abgeschlossen
email-assistance-resolved-body =
    Ihre Anfrage nach fachlicher Unterstützung zu „{ $topic }“ für „{ $project }“ wurde mit folgender Notiz als erledigt markiert:

    { $note }

    Wenn Sie weitere Unterstützung benötigen, können Sie diese auf der Projektseite erneut anfragen.

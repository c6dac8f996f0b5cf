## E-Mails: ein Betreff und ein Text pro Art von Benachrichtigung (`email-<kind>-subject`, `email-<kind>-body`).
## Die Argumente stammen aus den Nutzdaten der Nachricht; `$link` führt dorthin, wo die Empfängerin oder der Empfänger tätig wird.

email-link = In Convoca öffnen: { $link }
email-footer-required = Sie erhalten diese Nachricht aufgrund einer Aktion in Ihrem Convoca-Konto; sie kann nicht abbestellt werden.
email-footer-optional = Auf Ihrer Kontoseite können Sie auswählen, über welche Nachrichten Convoca Sie per E-Mail informiert: { $preferences }

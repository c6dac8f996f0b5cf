## Emails: one subject and one body per kind of notification (`email-<kind>-subject`, `email-<kind>-body`).
## Arguments come from the message's payload; `$link` is where the recipient acts on it.

email-link = Open it in Convoca: { $link }
email-footer-required = You receive this message because of an action on your Convoca account; it cannot be turned off.
email-footer-optional = You can choose which messages Convoca emails you on your account page: { $preferences }

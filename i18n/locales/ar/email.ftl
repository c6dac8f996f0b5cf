## Emails: one subject and one body per kind of notification (`email-<kind>-subject`, `email-<kind>-body`).
## Arguments come from the message's payload; `$link` is where the recipient acts on it.

email-link = افتحه في Convoca: { $link }
email-footer-required = تتلقّى هذه الرسالة بسبب إجراء تمّ على حسابك في Convoca؛ ولا يمكن إيقافها.
email-footer-optional = يمكنك اختيار الرسائل التي يرسلها إليك Convoca بالبريد الإلكتروني من صفحة حسابك: { $preferences }

## Emails: one subject and one body per kind of notification (`email-<kind>-subject`, `email-<kind>-body`).
## Arguments come from the message's payload; `$link` is where the recipient acts on it. The link line and the
## footer are added after the body: a body never repeats the link.

email-link = Open it in Convoca: { $link }
email-footer-required = You receive this message because of something done on Convoca that concerns you; it cannot be turned off.
email-footer-optional = You can choose which messages Convoca emails you on your account page: { $preferences }

## Accounts

email-invitation-subject = { $inviter } invites you to join { $organisation } on Convoca
email-invitation-body =
    { $inviter } has invited you to join { $organisation } on Convoca, where local governments apply to national programmes and follow their funded projects.

    To accept, open the link below and choose your name and a password. The link works once, for { $days ->
        [one] one day
       *[other] { $days } days
    }. If you were not expecting this invitation, you can simply ignore this message.

email-password-reset-subject = Choose a new Convoca password
email-password-reset-body =
    Hello { $name },

    Someone, probably you, asked to reset the password of your Convoca account. Open the link below to choose a new one; it works once and expires soon.

    If you did not ask for this, please ignore this message: your password stays as it is.

## Applications

email-application-submitted-subject = Application { $reference } received
email-application-submitted-body =
    Thank you: your application “{ $application_title }” to { $call_title } was received on { $submitted_at }. Its reference is { $reference }; please quote it whenever you write to the programme.

    What you submitted is kept exactly as sent, and you can follow the application in Convoca at any time. The programme will now check that it is eligible and let you know.

email-application-screened-subject = { $outcome ->
        [eligible] Application { $reference } is eligible
       *[other] Application { $reference } is not eligible
    }
email-application-screened-body =
    { $outcome ->
        [eligible] Good news: your application “{ $application_title }” ({ $reference }) to { $call_title } meets the call’s eligibility rules. It now goes to the selection committee, which will score it against the call’s criteria.
       *[other] Your application “{ $application_title }” ({ $reference }) to { $call_title } does not meet the call’s eligibility rules, so it cannot go on to the selection committee. The programme gave this reason: { $reason }
    }

## Committee and reviews

email-review-assigned-subject = { $count ->
        [one] An application to review for { $call_title }
       *[other] { $count } applications to review for { $call_title }
    }
email-review-assigned-body =
    { $count ->
        [one] You have been asked to review one application for { $call_title } ({ $call_code }).
       *[other] You have been asked to review { $count } applications for { $call_title } ({ $call_code }).
    }

    Your reviews page shows each application with its score sheet. You can save a sheet as a draft as often as you like; the other members’ reviews stay hidden until you submit yours. If you have a conflict of interest with an application, please declare it from its page.

email-review-reminder-subject = { $outstanding ->
        [one] One review still to submit for { $call_title }
       *[other] { $outstanding } reviews still to submit for { $call_title }
    }
email-review-reminder-body =
    { $outstanding ->
        [one] A friendly reminder: one of your reviews for { $call_title } ({ $call_code }) is not submitted yet.
       *[other] A friendly reminder: { $outstanding } of your reviews for { $call_title } ({ $call_code }) are not submitted yet.
    }

    { $has_deadline ->
        [yes] Reviews are due by { $deadline }. A draft counts only once it is submitted.
       *[other] A draft counts only once it is submitted, and the committee needs every review before the applications can be ranked.
    }

    Thank you for the time and care you give to the committee.

## Results

email-results-published-subject = The results of { $call_title } are published
email-results-published-body =
    The results of { $call_title } are now public.

    { $outcome ->
        [selected] Congratulations: your application “{ $application_title }” ({ $reference }) has been selected for funding. The programme will be in touch about the grant agreement.
        [waitlisted] Your application “{ $application_title }” ({ $reference }) qualifies for funding but is on the waiting list: it may still be funded if a place opens up.
       *[other] Your application “{ $application_title }” ({ $reference }) was not selected this time. Thank you for the work you put into it.
    }

    The results page shows the ranking, the committee’s scores on each criterion and the reason for every decision.

## Funded projects

email-tranche-released-subject = Tranche { $tranche } of “{ $project }” released
email-tranche-released-body =
    Tranche { $tranche } of the grant for “{ $project }”, { $amount }, has been released. The payment follows; the project page shows when it is recorded as paid.

email-milestone-accepted-subject = Milestone accepted: { $milestone }
email-milestone-accepted-body =
    The programme has accepted the milestone “{ $milestone }” of “{ $project }”. Well done, and thank you for the evidence. If a tranche was waiting for this milestone, it can now be released.

email-milestone-changes-requested-subject = Changes requested on the milestone “{ $milestone }”
email-milestone-changes-requested-body =
    The programme has looked at the evidence for the milestone “{ $milestone }” of “{ $project }” and asks for some changes before accepting it:

    { $note }

    You can update the evidence and submit it again from the project page.

email-report-accepted-subject = Progress report { $report } of “{ $project }” accepted
email-report-accepted-body =
    The programme has accepted progress report { $report } of “{ $project }”. Thank you for keeping the programme informed. If a tranche was waiting for this report, it can now be released.

email-report-changes-requested-subject = Changes requested on progress report { $report } of “{ $project }”
email-report-changes-requested-body =
    The programme has read progress report { $report } of “{ $project }” and asks for some changes before accepting it:

    { $note }

    You can update the report and submit it again from the project page.

email-report-due-soon-subject = Progress report { $report } of “{ $project }” is due on { $due_on }
email-report-due-soon-body =
    Progress report { $report } of “{ $project }” is due on { $due_on }. It covers what was done, spending to date and the values of the project’s indicators; you can write it and submit it from the project page.

email-report-overdue-subject = Progress report { $report } of “{ $project }” is overdue
email-report-overdue-body =
    Progress report { $report } of “{ $project }” was due on { $due_on } and has not been submitted yet. Until it is, the project shows as at risk, and tranches that wait for it cannot be released.

    If something is holding you back, the programme can help: you can ask for technical assistance from the project page.

email-assistance-assigned-subject = { $audience ->
        [expert] Technical assistance for “{ $project }”: { $topic }
       *[other] { $expert } will help you with “{ $topic }”
    }
email-assistance-assigned-body =
    { $audience ->
        [expert] You have been asked to give technical assistance to “{ $project }” on “{ $topic }”. Your technical-assistance page shows what the team needs; once the work is done, resolve the request there with a note on what was done.
       *[other] Your request for technical assistance on “{ $topic }” for “{ $project }” has been given to { $expert }, who will be in touch with you.
    }

email-assistance-resolved-subject = Technical assistance on “{ $topic }” completed
email-assistance-resolved-body =
    Your request for technical assistance on “{ $topic }” for “{ $project }” has been resolved, with this note:

    { $note }

    If you need more help, you can ask again from the project page.

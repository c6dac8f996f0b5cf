# Convoca — English catalog. Every key here must exist in es/ and fr/ too (a test checks it).

## Domain messages (field errors and problems)
error-required = This field is required.
error-too-long = At most { $max } characters.
error-not-negative = Must not be negative.
error-email-invalid = This is not a valid email address.
error-email-taken = An account with this email address already exists.
error-password-short = The password must have at least { $min } characters.
error-password-weak = This password is too easy to guess: it is a common password, a simple pattern, or close to your name or email address. A few unrelated words make a strong password that is easy to remember.
error-password-wrong = The current password is not correct.
error-role-unknown = Unknown role “{ $value }”.
error-kind-unknown = Unknown kind of organisation “{ $value }”.
error-kind-not-local-government = Only local governments can sign up; partners are registered by a programme manager.
error-country-unknown = “{ $value }” is not an ISO 3166-1 country code.
error-subdivision-unknown = “{ $value }” is not a subdivision of { $country }.
error-parent-unknown = The parent organisation does not exist.
error-parent-self = An organisation cannot be its own parent.
error-organisation-unknown = This organisation does not exist.
error-organisation-registered = An organisation with this name is already registered in this country. If it is yours, ask a colleague who already uses Convoca, or the programme, for an invitation.
error-cannot-remove-own-admin = You cannot remove your own admin role.
error-cannot-deactivate-self = You cannot deactivate yourself.
error-stale-version = Someone else changed this in the meantime. Reload it and apply your change again.
error-duplicate = This already exists.

## Web UI: the frame of every page
site-name = Convoca
layout-skip-to-content = Skip to main content
layout-nav-label = Main
layout-language = Language
layout-language-change = Change
layout-footer = Convoca: open, competitive calls for proposals between national programmes and local governments.
nav-home = Home
nav-signup = Sign up
nav-login = Log in
nav-account = My account
nav-organisation = My organisation
nav-organisations = Organisations
nav-users = Users
nav-logout = Log out

## Home
home-title = Home
home-heading = Competitive calls for proposals, in the open
home-intro = Convoca runs competitive calls for proposals between national programmes and local governments. A national agency publishes a call with its criteria and budget; municipalities, provinces and states apply online, alone or with civil-society partners; a committee of government and civil-society members scores the applications; and the results, with their reasons, and the progress of the funded pilots are published for everyone to see.
home-signed-in-as = Signed in as { $name }.
home-unverified-notice = { $organisation } has not been verified yet. A programme manager must verify it before it can submit applications.
home-go-account = Your account
home-go-organisation = Your organisation
home-get-started = Get started
home-anonymous = Local governments sign up here to apply to calls. Programme staff and committee members get their accounts from an administrator.
home-signup-button = Sign up your local government
home-login-button = Log in

## Shared labels
date-never = Never
role-admin = Administrator
role-manager = Programme manager
role-reviewer = Reviewer
role-applicant = Applicant
role-none = No role
kind-national-agency = National agency
kind-region = Region
kind-province = Province
kind-state = State
kind-department = Department
kind-county = County
kind-municipality = Municipality
kind-association-of-municipalities = Association of municipalities
kind-civil-society = Civil-society organisation
kind-academia = University or research body
kind-private = Private company
kind-international = International organisation
user-active = Active
user-inactive = Deactivated

## Forms and lists
form-choose = Choose…
form-error-summary-title = There is a problem
form-error-prefix = Error:
form-error-not-a-whole-number = Enter a whole number, such as 25000.
form-password-hint = At least { $min } characters. A few unrelated words make a strong password that is easy to remember.
filter-any = Any
filter-apply = Apply filters
list-count = { $count ->
    [one] { $count } result
   *[other] { $count } results
}
pager-label = Pages
pager-previous = Previous page
pager-next = Next page
pager-position = Page { $page } of { $pages }

## One-time notices after a change
flash-signed-up = Welcome to Convoca! Your organisation is registered.
flash-signed-out = You have logged out.
flash-profile-saved = Your profile has been saved.
flash-password-changed = Your password has been changed and every other session has been logged out.
flash-password-changed-login = Your password has been changed. Log in with your new password.
flash-token-revoked = The API token has been revoked.
flash-organisation-saved = The organisation’s profile has been saved.
flash-organisation-verified = The organisation has been verified.
flash-organisation-registered = The organisation has been registered. It is listed as not verified until a manager verifies it.
flash-invitation-accepted = Welcome! You have joined your organisation on Convoca.
flash-roles-saved = The roles have been saved.
flash-user-created = The user has been created.
flash-user-activated = The user has been activated.
flash-user-deactivated = The user has been deactivated and logged out everywhere.

## Error pages
error-page-not-found-title = Page not found
error-page-not-found = There is nothing at this address. If you typed it, check it; if you followed a link, it may have expired or been used already.
error-page-forbidden-title = Not allowed
error-page-forbidden = Your account does not have permission to see this page or to do this.
error-page-csrf-title = The form could not be accepted
error-page-csrf = The form was sent without its security token, or the token has expired. Nothing was changed. Go back, reload the page and try again.
error-page-invalid-title = Some information is not valid
error-page-conflict-title = This could not be done
error-page-invalid-transition = This is not possible in the current state.
error-page-deadline-passed = The deadline has passed.
error-page-rate-limited-title = Too many attempts
error-rate-limited-seconds = Too many failed attempts. Try again in { $seconds ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
}.
error-rate-limited-minutes = Too many failed attempts. Try again in { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}.
error-page-internal-title = Something went wrong
error-page-internal = Sorry, Convoca could not complete this request. Try again in a moment; if it keeps happening, give your administrator the reference below.
error-page-reference = Reference:
error-page-home-link = Go to the home page
error-page-method-title = Not supported
error-page-method = This page cannot be used this way.
error-page-bad-request-title = The request could not be understood
error-page-bad-request = Something in the request was not as expected. Go back and try again.

## Sign-up
signup-title = Sign up
signup-heading = Sign up your local government
signup-intro = Register your municipality, province or state and create your own account. A programme manager will then verify your organisation before it can submit applications.
signup-organisation-legend = Your organisation
signup-organisation-name = Official name
signup-organisation-kind = Kind of local government
signup-organisation-country = Country
signup-organisation-country-hint = Two-letter ISO country code, for example TN for Tunisia, DE for Germany or AR for Argentina.
signup-organisation-subdivision = Subdivision (optional)
signup-organisation-subdivision-hint = ISO 3166-2 code of your governorate, region or province, for example TN-11.
signup-organisation-population = Population (optional)
signup-organisation-population-hint = Number of inhabitants, in digits.
signup-organisation-official-code = Official code (optional)
signup-organisation-official-code-hint = Your organisation’s code in the national registry, if it has one.
signup-person-legend = Your account
signup-name = Your full name
signup-email = Email address
signup-password = Password
signup-submit = Sign up
signup-have-account = Already have an account?
signup-login-link = Log in

## Login
login-title = Log in
login-heading = Log in to Convoca
login-email = Email address
login-password = Password
login-submit = Log in
login-problem-title = You could not be logged in
login-failed = The email address or the password is not correct.
login-no-account = No account yet?
login-signup-link = Sign up your local government

## My account
account-title = My account
account-heading = My account
account-email = Email address
account-roles = Roles
account-member-since = Member since
account-profile-heading = Profile
account-name = Name
account-profile-submit = Save profile
account-password-heading = Password
account-password-intro = Changing your password logs you out on every other device.
account-current-password = Current password
account-new-password = New password
account-password-submit = Change password
account-tokens-heading = API tokens
account-tokens-intro = API tokens let scripts and other systems use Convoca’s API on your behalf. Revoke a token as soon as it is no longer needed.
account-tokens-none = You have no API tokens.
account-token-name = Name
account-token-name-hint = What the token is for, for example “Monthly report export”.
account-token-prefix = Starts with
account-token-created-at = Created
account-token-last-used = Last used
account-token-status = Status
account-token-revoked-at = Revoked on { $date }
account-token-revoke = Revoke
account-token-new-heading = Create a token
account-token-submit = Create token
account-token-created = Token “{ $name }” created
account-token-copy-warning = Copy this token now: it will not be shown again.
account-token-secret = Your new token

## Invitations
invitation-title = Join your organisation
invitation-heading = Join { $organisation } on Convoca
invitation-intro = You have been invited as { $email }. Choose your name and a password to create your account.
invitation-name = Your full name
invitation-password = Password
invitation-submit = Create my account
invitation-status-pending = Pending
invitation-status-accepted = Accepted
invitation-status-expired = Expired

## My organisation
organisation-eyebrow = My organisation
organisation-unverified-notice = A programme manager has not verified this organisation yet. It cannot submit applications until then.
organisation-name = Name
organisation-kind = Kind
organisation-kind-hint = If you change the kind or the country, the organisation must be verified again.
organisation-country = Country
organisation-subdivision = Subdivision
organisation-population = Population
organisation-official-code = Official code
organisation-status = Status
organisation-verified-on = Verified on { $date }
organisation-unverified = Not verified
organisation-edit-heading = Edit the profile
organisation-edit-submit = Save the profile
organisation-members-heading = Members
organisation-member-name = Name
organisation-member-email = Email address
organisation-member-roles = Roles
organisation-member-status = Status
organisation-invitations-heading = Invitations
organisation-invitations-intro = Invite colleagues to prepare your organisation’s applications with you. Each invitation link works once, for { $days ->
    [one] { $days } day
   *[other] { $days } days
}.
organisation-invitations-none = No invitations yet.
organisation-invitation-email = Email address
organisation-invitation-sent = Sent
organisation-invitation-expires = Expires
organisation-invitation-status = Status
organisation-invite-heading = Invite a colleague
organisation-invite-email = Your colleague’s email address
organisation-invite-email-hint = Convoca does not send emails yet: you will get a link to send to your colleague yourself.
organisation-invite-submit = Create an invitation
organisation-invitation-created = Invitation for { $email } created
organisation-invitation-copy-warning = Send this link to your colleague now: it will not be shown again.
organisation-invitation-link = Invitation link

## Managers: organisations
manage-title = Organisations
manage-heading = Organisations
manage-filters-label = Filter organisations
manage-filter-search = Name contains
manage-filter-verified = Verification
manage-filter-kind = Kind
manage-filter-country = Country code
manage-verified = Verified
manage-unverified = Not verified
manage-verify = Verify
manage-new-heading = Register an organisation
manage-new-intro = Local governments sign up by themselves. Other organisations, such as national agencies, civil-society partners and universities, are registered here.
manage-new-subdivision-hint = ISO 3166-2 code of the governorate, region or province, for example TN-11.
manage-new-official-code-hint = The organisation’s code in the national registry, if it has one.
manage-new-submit = Register the organisation

## Admins: users
admin-title = Users
admin-heading = Users
admin-filters-label = Filter users
admin-filter-search = Name or email contains
admin-filter-role = Role
admin-filter-active = Status
admin-user = User
admin-roles = Roles
admin-status = Status
admin-roles-of = Roles of { $name }
admin-save-roles = Save roles
admin-activate = Activate
admin-deactivate = Deactivate
admin-new-user-heading = Create a user
admin-name = Name
admin-email = Email address
admin-password = Initial password
admin-organisation-id = Organisation identifier (optional)
admin-organisation-id-hint = The identifier of the organisation the user acts for. Leave it empty for programme staff.
admin-create-user = Create user

## Money (domain messages)
error-currency-unknown = “{ $value }” is not an ISO 4217 currency code.
error-money-invalid = “{ $value }” is not an amount; write it like 12500.50.
error-money-negative = The amount must not be negative.
error-money-precision = At most { $digits } decimal places in { $currency }.
error-money-too-large = This amount is too large.

## Eligibility explanations (domain messages)
list-separator = {", "}
eligibility-range-between = between { $min } and { $max }
eligibility-range-at-least = at least { $min }
eligibility-range-at-most = at most { $max }
eligibility-range-any = of any size
eligibility-kind-pass = { $kind } is one of the kinds this call accepts ({ $allowed }).
eligibility-kind-fail = This call accepts only { $allowed }; { $kind } is not one of them.
eligibility-population-pass = The population of { $population } is { $range }, as the call requires.
eligibility-population-fail = The population of { $population } is not { $range }, as the call requires.
eligibility-population-unknown = The population is not recorded; the call requires it to be { $range }.
eligibility-location-pass = { $place } is among the places this call covers ({ $allowed }).
eligibility-location-fail = This call covers only { $allowed }; { $place } is not among them.
eligibility-prerequisites-pass = Every required step is recorded: { $required }.
eligibility-prerequisites-fail = Still missing: { $missing }.
eligibility-consortium-count = { $kind }: { $count } of at least { $minimum }
eligibility-consortium-pass = The consortium has the required members ({ $counts }).
eligibility-consortium-fail = The consortium lacks members: { $short }.
eligibility-amount-pass = The requested { $amount } is { $range }, within the call's award limits.
eligibility-amount-fail = The requested { $amount } is not { $range }, outside the call's award limits.
eligibility-amount-missing = No amount is requested yet; it must be { $range }.
eligibility-cofunding-pass = Co-funding is { $share } of the total budget; at least { $minimum } is required.
eligibility-cofunding-fail = Co-funding is only { $share } of the total budget; at least { $minimum } is required.
eligibility-cofunding-no-budget = There is no budget yet; co-funding must reach { $minimum } of it.

## Programmes and calls (domain messages)
error-number-invalid = “{ $value }” is not a number.
error-weight-positive = The weight must be greater than zero.
error-at-least = Must be at least { $min }.
error-between = Must be between { $min } and { $max }.
error-question-kind-unknown = Unknown kind of question “{ $value }”.
error-choices-too-few = Give at least two choices.
error-choices-duplicate = Each choice may appear only once.
error-time-zone-unknown = “{ $value }” is not an IANA time zone (for example Africa/Tunis).
error-call-code = Use 2 to 12 letters or digits, for example TUN.
error-closes-after-opens = The deadline must come after the opening.
error-max-award-below-min = The largest award must not be smaller than the smallest.
error-budget-below-max-award = The total budget must cover at least the largest award.
error-agency-unknown = Choose an organisation of kind national agency.
error-currency-locked = The currency cannot change once the programme has calls.
error-programme-unknown = This programme does not exist.
error-call-frozen = This call is in the state “{ $state }”: its { $parts } can no longer change, so that every applicant is judged by the rules they read.
error-deadline-in-past = The deadline has already passed.
error-call-needs-criteria = A call needs at least one criterion before it can open.
error-tie-break-unknown = The tie-break order names a criterion the call does not have.
error-rule-invalid = This rule is not understood ({ $reason }).
error-rule-empty = This rule says nothing yet; fill it in or remove it.
error-range-order = The lower bound must not exceed the upper bound.
error-prerequisite-unknown = This prerequisite is not defined by the programme.
error-prerequisite-recorded = This prerequisite is already recorded for this organisation.
error-prerequisite-name-unknown = The programme has no prerequisite named “{ $value }”.
error-date-in-future = The date must not be in the future.
error-date-invalid = “{ $value }” is not a date; write it as YYYY-MM-DD.
error-organisation-not-found = No organisation has the id, official code or name “{ $value }”.
error-csv-unreadable = The file could not be read as CSV.
error-csv-columns = The file needs the columns { $columns }.
error-csv-row-unreadable = This row could not be read.
error-csv-row-failed = This row could not be recorded; try again or record it by hand.

## Web UI: navigation to calls and programmes
nav-calls = Calls
nav-programmes = Programmes
nav-manage-calls = Manage calls

## Forms of calls
form-error-datetime = Enter a date and time, for example 2027-01-31 23:59.
form-error-datetime-gap = This time does not exist in { $zone }: the clocks change then. Choose another time.
form-error-on-line = Line { $line }: { $message }
form-error-quota-line = Write a subdivision code, then the smallest and the largest number of awards, for example “TN-42 1 3”.
form-error-tie-break = Write criterion numbers separated by commas, for example “1, 3”.

## Calls: the public list
calls-title = Calls for proposals
calls-heading = Calls for proposals
calls-intro = Calls published by national programmes for local governments. Open a call to read who can apply, how applications are scored and when the deadline is.
calls-filters-label = Filter calls
calls-filter-programme = Programme
calls-filter-country = Country code
calls-filter-status = Status
calls-filter-upcoming = Opening soon
calls-filter-open = Open for applications
calls-filter-past = Closed
calls-filter-draft = Draft
calls-none = No call matches these filters.

## Calls: a call's page
call-title = Title
call-programme = Programme
call-status = Status
call-deadline = Deadline
call-opens = Opens
call-budget = Total budget
call-awards = Award per project
call-award-range = from { $min } to { $max }
call-slots = Most projects funded
call-min-total-score = Minimum total score
call-score-out-of-100 = { $score } out of 100
call-quotas = Awards per region
call-quota = { $subdivision }: { $range }
call-reference-code = Reference code
call-status-upcoming = Opening soon
call-status-open = Open for applications
call-time-left-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}{ $hours ->
    [0] {""}
    [one] {" "}{ $hours } hour
   *[other] {" "}{ $hours } hours
} left
call-time-left-hours = { $hours ->
    [one] { $hours } hour
   *[other] { $hours } hours
}{ $minutes ->
    [0] {""}
    [one] {" "}{ $minutes } minute
   *[other] {" "}{ $minutes } minutes
} left
call-time-left-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} left
call-apply = Apply to this call
call-edit-link = Edit this call
call-description-heading = About this call
call-rules-heading = Who can apply
call-rules-none = This call sets no eligibility rules.
call-criteria-heading = Selection criteria
call-criteria-intro = The committee scores every eligible application on each criterion. The weights say how much each criterion counts in the total score, out of 100.
call-criteria-none = No criteria yet.
call-criterion-position = No.
call-criterion-title = Criterion
call-criterion-weight = Weight
call-criterion-share = { $share } of the total
call-criterion-max-score = Highest score
call-criterion-min-score = Minimum to qualify
call-criterion-no-minimum = None
call-criterion-guidance = What reviewers look for
call-questions-heading = Questions of the application form
call-questions-none = The application form asks no further questions.
call-question-required = Required
call-indicators-heading = Indicators
call-indicators-intro = Funded projects report their progress on these indicators.
call-indicator = { $name } ({ $unit })
state-draft = Draft
state-open = Open
state-closed = Closed
state-reviewing = Under review
state-decided = Decided
state-archived = Archived
question-kind-short-text = Short text
question-kind-long-text = Long text
question-kind-number = Number
question-kind-single-choice = One choice
question-kind-multiple-choice = Several choices
question-kind-yes-no = Yes or no
question-kind-document = A document to attach
question-limit-length = At most { $max ->
    [one] { $max } character
   *[other] { $max } characters
}
question-limit-number = A number { $range }
rule-applicant-kinds = Applicants must be: { $kinds }.
rule-population = The applicant’s population must be { $range }.
rule-location = Applicants must be located in: { $places }.
rule-prerequisites = Applicants must have on record: { $required }.
rule-consortium = The application must come from a consortium with { $minimums }.
rule-consortium-minimum = { $kind } (at least { $minimum })
rule-requested-amount = The requested amount must be { $range }.
rule-cofunding = Co-funding must be at least { $share } of the project’s total budget.

## Managers: calls
manage-calls-title = Manage calls
manage-calls-heading = Manage calls
manage-calls-new-heading = New call
manage-calls-new-intro = A new call starts as a draft that only managers see. Add its criteria, rules and questions in the editor, then open it.
manage-calls-no-programme = Create a programme first: every call belongs to one.
manage-calls-create = Create the draft
editor-programme = Programme
editor-code = Reference code
editor-code-hint = 2 to 12 letters or digits, used in application numbers: TUN gives TUN-2027-0007.
editor-title = Title
editor-description = Description
editor-description-hint = Plain text; leave a blank line between paragraphs.
editor-time-zone = Time zone
editor-time-zone-hint = The IANA name of the region’s time zone, for example Africa/Tunis, Europe/Berlin or America/Argentina/Buenos_Aires.
editor-opens-at = Opens on
editor-closes-at = Deadline
editor-dates-hint = Date and time in the call’s time zone ({ $zone }).
editor-dates-hint-new = Date and time in the time zone above.
editor-total-budget = Total budget
editor-money-hint = In the programme’s currency, for example 500000 or 12500.50.
editor-min-award = Smallest award
editor-max-award = Largest award
editor-max-awards = Most projects funded
editor-max-awards-hint = The number of awards (slots).
editor-min-reviews = Reviews per application
editor-min-reviews-hint = How many reviews an application needs before it can be ranked.
editor-min-total-score = Minimum total score (optional)
editor-min-total-score-hint = From 0 to 100. Applications below it are not funded.
editor-tie-break = Tie-break order (optional)
editor-tie-break-hint = Numbers of the criteria that break ties, in order, for example “1, 3”.
editor-quotas = Awards per region (optional)
editor-quotas-hint = One region per line: its ISO 3166-2 code, the smallest and the largest number of awards, for example “TN-42 1 3”. Write “-” for no limit.
editor-reporting-cadence = Months between progress reports (optional)
editor-reporting-cadence-hint = Leave it empty to use the programme’s default.
editor-public-page = See the public page
editor-frozen-notice = This call has opened: its criteria, weights, questions and eligibility rules are frozen, so that every applicant is judged by the rules they read.
call-part-criteria = criteria
call-part-questions = questions
call-part-eligibility-rules = eligibility rules
call-part-code = reference code
call-part-opens-at = opening date
call-part-total-budget = total budget
call-part-min-award = smallest award
call-part-max-award = largest award
call-part-max-awards = number of awards
call-part-min-reviews = reviews per application
call-part-min-total-score = minimum total score
call-part-tie-break = tie-break order
call-part-quotas = awards per region
editor-sections-label = Parts of the call
editor-details-heading = Details
editor-details-frozen = Once a call has opened, only its title, description, deadline, time zone and reporting cadence can change; the other fields are read-only.
editor-details-save = Save the details
editor-section-frozen = Frozen since the call opened.
editor-criteria-intro = Each criterion is scored from 0 to its highest score; its weight says how much it counts. Fill in an empty row to add a criterion; tick “Remove” to delete one.
editor-criteria-save = Save the criteria
editor-criterion-cell = Criterion { $number }: { $column }
editor-remove = Remove
editor-rules-heading = Eligibility rules
editor-rules-intro = Fill in only the rules this call needs; an empty part sets no rule. Applicants see each rule in plain words, and whether they meet it.
editor-rules-hidden = This call has more rules of one kind than this form can show. Saving the form replaces them with what is shown here.
editor-rules-save = Save the rules
editor-rule-kinds = Applicants must be
editor-rule-population-min = Smallest population
editor-rule-population-max = Largest population
editor-rule-countries = Countries
editor-rule-countries-hint = ISO country codes separated by commas, for example TN, AR.
editor-rule-subdivisions = Regions
editor-rule-subdivisions-hint = ISO 3166-2 codes separated by commas, for example TN-11, AR-B.
editor-rule-prerequisites = Required prerequisites
editor-rule-no-prerequisites = The programme defines no prerequisites yet. Define them on the programme’s page:
editor-rule-consortium = Consortium
editor-rule-consortium-hint = The least number of members of each kind, the lead applicant included. Leave empty for none.
editor-rule-consortium-kind = { $kind }: at least
editor-rule-amount = The requested amount must be within the award limits
editor-rule-amount-hint = Currently { $range }. Save the rules again after changing the limits.
editor-rule-cofunding = Minimum co-funding (%)
editor-rule-cofunding-hint = The share of the project’s total budget the applicant must fund, from 0 to 100.
editor-questions-heading = Questions of the application form
editor-questions-intro = Questions every applicant answers besides the standard ones. Fill in an empty block to add a question.
editor-questions-save = Save the questions
editor-question-legend = Question { $number }
editor-question-cell = Question { $number }: { $column }
editor-question-prompt = Question
editor-question-help = Help
editor-question-kind = Kind of answer
editor-question-max-length = Longest answer
editor-question-max-length-hint = For text answers: the most characters allowed.
editor-question-min-number = Smallest number
editor-question-max-number = Largest number
editor-question-choices = Choices
editor-question-choices-hint = For choice questions: one choice per line.
editor-indicators-intro = Funded projects will report on these indicators; they can change until results are decided.
editor-indicators-save = Save the indicators
editor-indicator-cell = Indicator { $number }: { $column }
editor-indicator-name = Indicator
editor-indicator-unit = Unit
editor-lifecycle-heading = Status
editor-lifecycle-state = The call is: { $state }.
editor-lifecycle-none = There is nothing more to do with this call here.
editor-action-open = Open the call
editor-action-close = Close the call
editor-action-start-review = Start the review
editor-confirm-open-heading = Open “{ $title }” for applications?
editor-confirm-close-heading = Close “{ $title }”?
editor-confirm-start-review-heading = Start the review of “{ $title }”?
editor-confirm-open-frozen = Once open, criteria, weights, questions and eligibility rules are frozen: they can no longer change, so that every applicant is judged by the rules they read.
editor-confirm-open-public = The call becomes public. Applications are accepted from { $opens } until { $deadline }.
editor-confirm-open-details = The budget, award limits, slots, thresholds, tie-break order and regional quotas are frozen too; the title, description, deadline and time zone can still change.
editor-confirm-close-early = No more applications will be accepted, even though the deadline ({ $deadline }) may not have passed yet.
editor-confirm-start-review-committee = The selection committee starts scoring the applications.
editor-confirm-final = This cannot be undone.
editor-confirm-cancel = Cancel
editor-confirm-back = Back to the call
editor-clone-heading = Next cycle
editor-clone-intro = Start the next edition of this call: a new draft with the same details, criteria, questions, rules and indicators, and the dates below.
editor-clone-submit = Create the next cycle

## Managers: programmes
programmes-title = Programmes
programmes-heading = Programmes
programmes-intro = National programmes and their calls. Each programme belongs to a national agency and has one currency for all its amounts.
programmes-none = No programmes yet.
programmes-new-heading = New programme
programmes-no-agency = No national agency is registered yet. A programme must belong to an organisation of kind national agency, so register the agency first.
programmes-no-agency-link = Register a national agency
programmes-create = Create the programme
programme-name = Name
programme-description = Description
programme-agency = National agency
programme-currency = Currency
programme-currency-hint = ISO 4217 code, for example TND, EUR or ARS.
programme-currency-locked-hint = ISO 4217 code. It cannot change once the programme has calls.
programme-cadence = Reporting cadence
programme-cadence-hint = Months between progress reports of funded projects, from 1 to 24; calls may set their own.
programme-cadence-months = Every { $months ->
    [one] month
   *[other] { $months } months
}
programme-edit-heading = Edit the programme
programme-save = Save the programme
programme-calls-link = Calls of this programme
prerequisites-heading = Prerequisites
prerequisites-intro = Facts about an organisation that calls can require, such as a completed training or an endorsed declaration. Record them one by one or import many at once.
prerequisites-none = No prerequisites defined yet.
prerequisite-kind-name = Prerequisite
prerequisite-kind-name-hint = For example “Completed the open government training”.
prerequisite-kind-description = What counts as done
prerequisite-kind-new-heading = Define a prerequisite
prerequisite-kind-create = Define the prerequisite
prerequisite-record-heading = Record a prerequisite
prerequisite-record-organisation = Organisation
prerequisite-record-organisation-ref = Or the organisation’s identifier
prerequisite-record-organisation-ref-hint = If the organisation is not in the list, paste its identifier here.
prerequisite-record-kind = Prerequisite
prerequisite-record-date = Date met
prerequisite-record-date-hint = For example 2026-03-01.
prerequisite-record-evidence = Evidence
prerequisite-record-evidence-hint = For example a certificate number or a council resolution.
prerequisite-record-submit = Record
prerequisite-import-heading = Import from CSV
prerequisite-import-intro = Paste CSV text whose first line names the columns:
prerequisite-import-columns = The organisation is its identifier, its official code or its exact name when no other organisation bears it; the prerequisite is its name as defined above; dates are written YYYY-MM-DD.
prerequisite-import-csv = CSV text
prerequisite-import-csv-hint = Good rows are recorded and the others refused; you get a report for every row.
prerequisite-import-submit = Import
prerequisite-import-report-heading = Import report
prerequisite-import-recorded = { $count ->
    [one] { $count } row recorded.
   *[other] { $count } rows recorded.
}
prerequisite-import-refused = { $count ->
    [one] { $count } row refused.
   *[other] { $count } rows refused.
}
prerequisite-import-line = Line
prerequisite-import-outcome = Outcome
prerequisite-import-reason = Reason
prerequisite-import-row-recorded = Recorded
prerequisite-import-row-refused = Refused

## One-time notices about programmes and calls
flash-programme-created = The programme has been created.
flash-programme-saved = The programme has been saved.
flash-prerequisite-kind-created = The prerequisite has been defined.
flash-prerequisite-recorded = The prerequisite has been recorded.
flash-call-created = The draft call has been created. Add its criteria, rules and questions, then open it.
flash-call-details-saved = The details have been saved.
flash-call-criteria-saved = The criteria have been saved.
flash-call-eligibility-saved = The eligibility rules have been saved.
flash-call-questions-saved = The questions have been saved.
flash-call-indicators-saved = The indicators have been saved.
flash-call-opened = The call is open.
flash-call-closed = The call is closed.
flash-call-review-started = The review has started.
flash-call-cloned = The next cycle has been created as a draft.

## Applications: validation and checklist (domain messages)
error-at-most = Must be at most { $max }.
error-too-many = At most { $max } entries.
error-money-zero = The amount must be more than zero.
error-question-unknown = This question is not part of the call.
error-choice-unknown = “{ $value }” is not one of the choices.
error-yes-no = Answer yes or no.
error-answer-is-document = This question is answered by attaching a document.
error-question-not-document = This question does not ask for a document.
error-incomplete = Missing: { $item }
error-attachment-empty = The file is empty.
error-attachment-unreadable = The upload could not be read ({ $reason }).
error-attachment-too-large = The file is larger than { $max }.
error-attachment-type = This kind of file is not accepted (found { $detected }). Accepted: { $accepted }.
error-attachment-disguised = “{ $name }” is named like another kind of file but contains { $detected }.
error-attachment-limit = At most { $max } attachments per application.
error-call-not-open = This call is not accepting applications.
error-application-exists = Your organisation has already started an application to this call.
error-application-locked = The application can no longer be changed (state: { $state }).
error-partner-is-lead = The lead organisation cannot also be its own partner.
error-partner-duplicate = This organisation is already a partner.
error-partner-registered = An organisation with this name is already registered in this country: find it by name and add it instead.
error-partner-kind = A national agency cannot be a partner.
error-organisation-unverified = Your organisation has not been verified by the programme yet; it must be before you can submit.
error-screening-reason = Give the reason the application is ineligible; the applicant will see it.
error-call-decided = The call has been decided; screening can no longer change.
checklist-title = A project title
checklist-summary = A summary
checklist-problem = The problem the pilot addresses
checklist-objectives = The objectives
checklist-participation-plan = The citizen-participation plan
checklist-budget = At least one budget line
checklist-answer = An answer to “{ $question }”
checklist-document = A document for “{ $question }”

## Web UI: applications
nav-applications = My applications
form-saved-meanwhile = Saved meanwhile:
flash-application-started = Your application has been started. Fill it in and save it as often as you like; submit it before the deadline.
flash-application-saved = The draft has been saved.
flash-application-submitted = Your application has been submitted. This is your receipt.
flash-application-withdrawn = The application has been withdrawn.
flash-application-screened = The screening decision has been saved.
flash-partner-added = The partner has been added.
flash-partner-registered = The partner has been registered and added.
flash-partner-removed = The partner has been removed.
flash-attachment-added = The file has been attached.
flash-attachment-removed = The file has been removed.
apply-title = Apply to “{ $call }”
apply-intro = Starting an application creates a draft for your organisation. Your colleagues can work on it with you; nothing is sent to the programme until you submit it.
apply-start = Start an application
apply-back = Back to the call
applications-title = My applications
applications-none = Your organisation has not started any application yet.
applications-find-calls = Find an open call
applications-next-step = Next step
application-state-draft = Draft
application-state-submitted = Submitted
application-state-eligible = Eligible
application-state-ineligible = Ineligible
application-state-selected = Selected
application-state-waitlisted = Waitlisted
application-state-not-selected = Not selected
application-state-withdrawn = Withdrawn
next-step-complete-and-submit = Complete the application and submit it before the deadline.
next-step-deadline-missed = The deadline passed before the application was submitted.
next-step-await-screening = Wait while the programme checks the application’s eligibility.
next-step-await-results = Eligible: wait for the committee’s scores and the results.
next-step-read-screening = Read why the application was found ineligible.
next-step-nothing = Nothing to do.
application-project = Project
application-call = Call
application-state = State
application-reference = Reference
application-requested = Requested amount
application-no-reference = Not submitted yet
application-untitled = Untitled application
application-lead = Lead organisation
application-subdivision = Subdivision
application-submitted-at = Submitted at
application-receipt-link = Show the receipt of the submission
application-sections-label = Parts of the application
application-unverified = { $organisation } has not been verified by a programme manager yet. You can prepare the application, but it can only be submitted once the organisation is verified.
application-deadline-missed = The deadline passed before this application was submitted. It can no longer be changed or submitted.
application-stale-notice = Someone else saved this application while you were editing it. Nothing you typed is lost: your version is below, and where the saved version differs it is shown under the field. Check those fields and save again to keep your version.
application-content-heading = Application
application-content-intro = Save the draft as often as you like. Only what is saved counts, and the application is sent to the programme only when you submit it.
application-project-legend = The project
application-title = Project title
application-summary = Summary
application-summary-hint = A few sentences that say what the pilot will do.
application-problem = The problem the pilot addresses
application-objectives = Objectives
application-participation-plan = Citizen-participation plan
application-participation-plan-hint = Who takes part, how, and how their contributions change decisions.
application-questions-legend = Questions of the call
application-optional = { $label } (optional)
application-answer-yes = Yes
application-answer-no = No
application-not-answered = Not answered
application-documents-elsewhere = Questions answered by a document are in the attachments section.
application-budget = Budget
application-budget-hint = One line per item, amounts in { $currency }. Empty rows are ignored; the requested amount is the sum of the lines.
application-budget-category = Category
application-budget-description = Description
application-budget-amount = Amount
application-budget-cell = Budget line { $number }: { $column }
application-budget-line-saved = { $category } ({ $description }): { $amount }
application-budget-none = No budget lines.
application-co-funding = Co-funding
application-co-funding-hint = What your organisation contributes itself, in the call’s currency. Leave empty for none.
application-saved-empty = (empty)
application-save = Save the draft
application-partners-heading = Partners
application-partners-none = No partners yet.
application-partner-organisation = Organisation
application-partner-role = Role in the project
application-partner-role-hint = For example: runs the citizen assemblies.
application-partner-role-of = Role of { $name } in the project
application-partner-add-heading = Add a partner
application-partner-search = Organisation name
application-partner-search-hint = Type at least two letters of the name.
application-partner-search-submit = Search
application-partner-search-none = No organisation with that name. Register it below if it has no account.
application-partner-candidates = Organisations found
application-partner-add = Add as partner
application-partner-register-heading = Register a partner without an account
application-partner-register-intro = Civil-society partners often have no account on Convoca. Register them here; a programme manager verifies them later.
application-partner-register = Register and add as partner
application-attachments-heading = Attachments
application-attachments-none = No files attached.
application-documents-heading = Documents the call asks for
application-document-attached = Attached
application-document-missing = Missing
application-document-optional = (optional)
application-attachment-name = File
application-attachment-size = Size
application-attachment-type = Type
application-attachment-answers = Answers
application-attachment-upload-heading = Attach a file
application-attachment-file = File
application-attachment-hint = At most 10 MiB. Accepted: { $types }.
application-attachment-question = Answers the question
application-attachment-question-hint = Choose the document question this file answers, if any.
application-attachment-upload = Attach the file
application-attachment-none = Choose a file to attach.
application-eligibility-heading = Eligibility and completeness
application-eligibility-intro = Checked again every time the application changes. An application can only be submitted when every rule passes and nothing is missing.
application-eligibility-none = This call has no eligibility rules.
application-check-pass = Passes
application-check-fail = Fails
application-check-done = Done
application-check-missing = Missing
application-checklist-heading = What the application needs
application-submit-heading = Submit
application-submit-intro = Once submitted, the application is locked and sent to the programme with a reference number. The deadline is { $deadline }.
application-submit = Submit the application
application-withdraw-heading = Withdraw
application-withdraw-confirm = Withdrawing takes the application out of the call for good; it cannot be submitted again. You can withdraw until the deadline ({ $deadline }).
application-withdraw = Withdraw the application
application-screening-heading = Screening
application-screening-outcome-is = The programme found the application: { $state }.
application-screening-intro = Decide whether the application meets the call’s eligibility rules. The applicant sees the outcome and the reason.
application-screening-outcome = Outcome
application-screening-eligible = Eligible
application-screening-ineligible = Ineligible
application-screening-reason = Reason
application-screening-reason-hint = Required when ineligible. The applicant will read it.
application-screening-save = Save the screening decision
attachment-size-bytes = { $size } B
attachment-size-kib = { $size } KiB
attachment-size-mib = { $size } MiB
receipt-title = Receipt { $reference }
receipt-back = Back to the application
receipt-heading = Receipt of submission
receipt-intro = The programme has received this application. Quote the reference in any correspondence.
receipt-partner = { $name } ({ $role })
receipt-fingerprint = SHA-256 fingerprint
receipt-print-hint = Print this page or save it as a PDF to keep it.
manage-applications-title = Applications to “{ $call }”
manage-applications-filters = Filter the applications
manage-applications-search = Reference, title or organisation
manage-applications-csv = Download as CSV
manage-applications-link = Applications

## Committees (domain messages)
error-sector-unknown = Unknown sector “{ $value }”.
error-member-role-unknown = Unknown committee role “{ $value }”.
error-shares-over-100 = The minimum shares add up to more than 100%.
error-member-not-reviewer = Only active users with the reviewer role can sit on a committee.
error-member-duplicate = This person is already on the committee.
error-rule-type-unknown = Unknown kind of rule “{ $value }”.
committee-no-voting-members = The committee has no voting members.
committee-one-chair = A committee has one chair.
committee-parity-fail = Parity needs as many civil-society as government voting members (at least one each); there are { $civil_society } from civil society and { $government } from government.
committee-share-fail = { $sector }: { $count } of { $total } voting members, below the minimum of { $min_percent }.
sector-government = Government
sector-civil-society = Civil society
sector-academia = Academia
sector-private = Private sector
sector-local-government-association = Association of local governments
sector-international = International organisation

## Conflicts, assignments and reviews (domain messages)
error-conflict-kind-unknown = Unknown kind of conflict “{ $value }”; choose institutional, personal, financial or other.
error-conflict-note-required = Say what the interest is.
error-conflict-exists = A conflict on this application is already recorded for you.
error-conflict-scoring-closed = Scoring of this call is closed: a conflict declared now would change the scores. Tell the programme’s managers, who may override the decision with a written justification.
error-conflict-own = You cannot decide on your own conflict; a manager or the chair decides.
error-conflict-decision-unknown = Unknown decision “{ $value }”; confirm or waive.
error-conflict-reason-required = Give the reason for the decision; it is recorded in the audit log.
error-conflict-automatic = This conflict comes from the member’s organisation taking part in the application; it cannot be waived.
error-assignment-call-state = Assignments are made after the call closes and before it is decided.
error-assignment-application-unknown = This application is not part of the call.
error-assignment-not-eligible = Only applications screened as eligible are reviewed.
error-assignment-not-member = This person is not on the call’s committee.
error-assignment-observer = Observers do not score, so they are not assigned.
error-assignment-conflicted = This member has a conflict of interest on the application.
error-assignment-duplicate = This member is already assigned to the application.
error-assignment-reviewed = This member has submitted their review; the assignment stays.
error-review-observer = Observers do not score applications.
error-review-not-assigned = You are not assigned to review this application.
error-review-final = The call is decided; reviews are final.
error-review-not-started = Reviewing has not started for this call.
error-review-blind = Other reviews stay hidden until you submit your own.
error-recommendation-unknown = Unknown recommendation “{ $value }”; choose fund, fund with changes or do not fund.
error-recommendation-required = Choose a recommendation.
error-score-criterion-unknown = This criterion is not one of the call’s.
error-score-criterion-duplicate = “{ $criterion }” is scored twice.
error-score-range = The score for “{ $criterion }” must be a whole number from 0 to { $max }.
error-score-missing = Score “{ $criterion }”.
assignment-too-few-reviewers = { $reference }: needs { $needed } reviewers but only { $available } committee members without a conflict can review it.
assignment-no-sector = { $reference }: every { $sector ->
    [government] government
    [civil_society] civil-society
   *[other] { $sector }
} member has a conflict on it, so it has no reviewer of that sector.
recommendation-fund = Fund
recommendation-fund-with-changes = Fund with changes
recommendation-do-not-fund = Do not fund

## Reviewers' pages: My reviews, the score sheet, conflicts, the committee on the call page
reviews-page-nav = Reviews
reviews-page-title = My reviews
reviews-page-intro = The applications you are assigned to review. Save your score sheet as a draft as often as you like, and submit it before the review deadline.
reviews-page-none = You have no applications to review.
reviews-page-state = Review
reviews-page-progress-heading = Progress
reviews-page-deadline = Reviews due
reviews-page-no-deadline = No deadline set
reviews-page-state-not-started = Not started
reviews-page-state-draft = Draft
reviews-page-state-submitted = Submitted
reviews-page-progress = { $scored } of { $total } criteria scored
flash-reviews-page-conflict-declared = Your conflict of interest has been recorded. You no longer review that application.
flash-review-page-saved = Your draft review has been saved.
flash-review-page-submitted = Your review has been submitted.
flash-review-page-revised = Your revised review has been saved and the revision recorded.
review-page-sections-label = Parts of the page
review-page-application-heading = The application as submitted
review-page-partners-none = No partners.
review-page-sheet-heading = Score sheet
review-page-sheet-intro = Score each criterion from 0 to its highest score and explain your score. A draft may be incomplete; to submit, score every criterion and choose a recommendation.
review-page-revision-intro = Your review is submitted. You may still revise it while the committee is reviewing.
review-page-revision-note = Revisions are recorded in the audit log with what changed.
review-page-criterion-legend = { $position }. { $title }
review-page-scale = Weight { $weight } ({ $share } of the total). Score from 0 to { $max }.
review-page-score = Score
review-page-comment = Comment
review-page-score-of = { $criterion }: score
review-page-comment-of = { $criterion }: comment
review-page-score-out-of = { $score } out of { $max }
review-page-overall-legend = Overall assessment
review-page-overall-comment = Overall comment
review-page-recommendation = Recommendation
review-page-not-given = Not given
review-page-save-draft = Save draft
review-page-submit = Submit review
review-page-save-revision = Save revision
review-page-saved-empty = (empty)
review-page-stale = Your review was saved meanwhile, perhaps in another tab. Nothing you typed is lost: your version is below, and where the saved version differs it is shown under the field. Check those fields and save again to keep your version.
review-page-others-heading = Other members’ reviews
review-page-others-blind = The other members’ reviews appear here once you submit your own.
review-page-others-none = No other member has submitted a review yet.
review-page-others-caption = Scores given by { $reviewer }
review-page-submitted-at = Submitted { $at }
review-page-conflict-heading = Declare a conflict of interest
review-page-conflict-intro = If you, your family or your organisation have an interest in this application, declare it. You will no longer see or score the application; the chair or a manager reviews the declaration.
review-page-conflict-kind = Kind of interest
review-page-conflict-note = What the interest is
review-page-conflict-note-hint = For example: my sister works for the municipality.
review-page-conflict-declare = Declare the conflict
call-committee-heading = Selection committee
call-committee-intro = The members who score the applications to this call.
call-committee-name = Name
call-committee-sector = Sector
call-committee-role = Role
call-lottery-heading = Lottery
call-lottery-intro = Exact ties left after the tie-break criteria are broken by a lottery. Its seed was drawn when reviewing started and stays secret until scoring closes; below is its SHA-256 commitment. The results publish the seed, and anyone can check that it matches.

## Managers' committee page and the reviewing page (managers and the committee's chair)
committee-page-link = Committee
committee-page-title = Selection committee: { $call }
committee-page-composition-heading = Composition
committee-page-composition-fine = The committee’s composition meets its rule: reviewing can start.
committee-page-problems-intro = What is missing before reviewing can start:
committee-page-members-heading = Members
committee-page-no-members = Nobody sits on the committee yet.
committee-page-name = Name
committee-page-sector = Sector
committee-page-role = Role
committee-page-actions = Actions
committee-role-chair = Chair
committee-role-member = Member
committee-role-observer = Observer (does not score)
committee-page-remove = Remove
committee-page-add-heading = Add a member
committee-page-reviewer = Reviewer
committee-page-no-reviewers = Every active reviewer already sits on the committee, or nobody has the reviewer role yet.
committee-page-add = Add to the committee
committee-page-rule-heading = Composition rule
committee-page-rule-type = Rule
committee-page-rule-parity = Parity: as many civil-society as government voting members
committee-page-rule-minimum-shares = Minimum shares of the voting members per sector
committee-page-rule-is-parity = The committee needs as many civil-society as government voting members.
committee-page-rule-is-shares = The committee needs at least these shares of its voting members: { $shares }.
committee-page-rule-share = { $sector } { $min_percent }%
committee-page-shares = Minimum shares (percent)
committee-page-shares-hint = Only for the minimum-shares rule: the percent of voting members each sector needs; leave the other sectors blank.
committee-page-version = Committee version { $version }. If someone changes the committee meanwhile, you will be asked to reload it.
committee-page-rule-save = Save the rule
committee-page-deadline-heading = Review deadline
committee-page-deadline-is = Members’ reviews are due { $deadline }.
committee-page-deadline-none = No review deadline is set.
committee-page-deadline-clear-hint = Leave it empty to remove the deadline.
committee-page-deadline-save = Save the deadline
flash-committee-page-member-added = The member has been added to the committee.
flash-committee-page-member-removed = The member has been removed from the committee.
flash-committee-page-rule-saved = The composition rule has been saved.
flash-committee-page-deadline-saved = The review deadline has been saved.
reviewing-page-link = Reviewing
reviewing-page-title = Reviewing: { $call }
reviewing-page-deadline = Reviews are due { $deadline }.
reviewing-page-no-deadline = No review deadline is set.
reviewing-page-completion-only = This page shows how far the reviews have got, never their scores or comments.
reviewing-page-sections = Parts of the page
reviewing-page-conflicts-heading = Conflicts of interest
reviewing-page-no-conflicts = No conflict of interest is recorded.
reviewing-page-member = Member
reviewing-page-application = Application
reviewing-page-sector = Sector
reviewing-page-source = Source
reviewing-page-kind = Kind
reviewing-page-note = Note
reviewing-page-status = Status
reviewing-page-decision-reason = Decision and reason
reviewing-page-decision = Decision
reviewing-page-reason = Reason for the decision
reviewing-page-confirm = Confirm
reviewing-page-waive = Waive
reviewing-page-decide-named = { $decision } the conflict of { $name }
reviewing-page-source-automatic = Automatic (organisation)
reviewing-page-source-declared = Declared
conflict-kind-institutional = Institutional
conflict-kind-personal = Personal
conflict-kind-financial = Financial
conflict-kind-other = Other
reviewing-page-status-declared = Awaiting a decision
reviewing-page-status-confirmed = Confirmed
reviewing-page-status-waived = Waived
reviewing-page-automatic-heading = Automatic assignment
reviewing-page-automatic-intro = Preview the assignment first: each eligible application gets its reviewers, with at least one from government and one from civil society, nobody with a conflict, and a balanced load. Nothing is stored until you apply it; existing assignments are kept.
reviewing-page-preview = Preview the assignment
reviewing-page-apply = Apply this assignment
reviewing-page-plan-heading = Preview
reviewing-page-plan-summary = { $applications ->
    [one] One eligible application
   *[other] { $applications } eligible applications
}, { $min_reviews ->
    [one] one reviewer each
   *[other] { $min_reviews } reviewers each
}: the assignment adds { $additions ->
    [one] one assignment
   *[other] { $additions } assignments
}.
reviewing-page-plan-additions = Assignments it adds
reviewing-page-plan-loads = Each member’s load afterwards
reviewing-page-load = Applications
reviewing-page-plan-no-shortfalls = Every eligible application gets its reviewers.
reviewing-page-plan-shortfalls = What the assignment cannot meet:
reviewing-page-assignments-heading = Assignments
reviewing-page-no-assignments = Nobody is assigned yet.
reviewing-page-submitted = Submitted
reviewing-page-actions = Actions
reviewing-page-yes = Yes
reviewing-page-no = No
reviewing-page-assigned-automatic = Automatic
reviewing-page-assigned-manual = By hand
reviewing-page-unassign = Remove
reviewing-page-unassign-named = Remove the assignment of { $name } to { $reference }
reviewing-page-assign-heading = Assign by hand
reviewing-page-assign = Assign
reviewing-page-progress-heading = Progress
reviewing-page-totals = { $submitted } of { $assigned } assigned reviews submitted.
reviewing-page-no-applications = No application has been screened eligible.
reviewing-page-by-application = Per application
reviewing-page-by-member = Per member
reviewing-page-assigned = Assigned
reviewing-page-drafts = Drafts
reviewing-page-conflicts = Conflicts
reviewing-page-remind = Remind
reviewing-page-remind-all = Send reminders to every member with reviews outstanding
reviewing-page-nothing-outstanding = No member has reviews outstanding.
reviewing-page-reminded = { $count ->
    [one] One reminder has been queued.
   *[other] { $count } reminders have been queued.
}
reviewing-page-reminded-none = No member has reviews outstanding; no reminder was sent.
flash-reviewing-page-plan-applied = The automatic assignment has been applied.
flash-reviewing-page-assigned = The member has been assigned.
flash-reviewing-page-unassigned = The assignment has been removed.
flash-reviewing-page-conflict-confirmed = The conflict has been confirmed.
flash-reviewing-page-conflict-waived = The conflict has been waived; the member may review the application again.
committee-page-deadline-field = Reviews due
reviewing-page-plan-nothing-to-add = The assignment has nothing to add.
reviews-page-seats-heading = Committees you sit on
reviews-page-seat-run = Conflicts, assignments and progress

## Selection: errors and reasons (domain::selection)
error-threshold-range = Give a number of points above 0 and at most 100.
error-criterion-unknown = This criterion is not part of the call.
error-call-decide-by-finalise = A call is decided by finalising its selection, which records every decision.
error-decisions-final = The decisions are final: the call is decided.
error-call-not-reviewing = Decisions are prepared while the committee reviews.
error-scoring-closed = Scoring of this call is closed: reviews and consensus scores can no longer change.
call-part-aggregation = the aggregation method
error-consensus-chair-only = Only the committee's chair records consensus scores.
error-consensus-not-eligible = Consensus scores are recorded only for eligible applications.
error-override-not-eligible = Only eligible applications can be selected, waitlisted or rejected.
error-justification-required = Write why this decision departs from the proposal.
error-award-above-request = The award cannot exceed the request of { $requested }.
error-award-below-minimum = The award cannot be below the call's smallest award of { $min }.
error-results-not-decided = Results can be published once the call is decided.
error-results-already-published = The results are already published.
error-results-not-published = The results are not published yet.
selection-no-seed = The call has no lottery seed; it is drawn when reviewing starts.
selection-unscreened = { $count ->
    [one] One application is not screened yet.
   *[other] { $count } applications are not screened yet.
}
selection-over-slots = { $selected } applications are selected but the call has { $slots } slots.
selection-over-budget = The awards total { $currency } { $awarded }, more than the budget of { $currency } { $budget }.
selection-award-outside-limits = { $reference } would be awarded { $currency } { $award }, outside the call's limits of { $currency } { $min } to { $currency } { $max }.
selection-over-quota = { $subdivision } has { $selected } awards, more than its maximum of { $max }.
selection-reason-ranked = Selected in rank order.
selection-reason-minimum-quota = Selected to meet its region's minimum quota.
selection-reason-slots = Waitlisted: every slot is taken.
selection-reason-quota = Waitlisted: its region has reached its maximum.
selection-reason-budget = Waitlisted: the remaining budget does not cover the request.
selection-reason-ineligible = Not selected: ineligible.
selection-reason-too-few-reviews = Not selected: too few reviews.
selection-reason-criterion-minimum = Not selected: a criterion is below its minimum.
selection-reason-threshold = Not selected: the total is below the call's minimum.
selection-reason-override = Decided by the programme, departing from the proposal (see the justification).

## Selection board, decisions and results (web::selection)
selection-page-title = Selection: { $call }
selection-page-chair-intro = You see the selection board as the committee’s chair: you may record the consensus scores agreed in the meeting; the programme’s managers decide.
selection-page-sections = Sections of the selection page
selection-page-summary-heading = Summary
selection-page-scoring-heading = Scoring
selection-page-ranking-heading = Ranking and proposal
selection-page-comparison-heading = Proposal and optimised selection
selection-page-decide-heading = Decisions
selection-page-selected = Selected
selection-page-slots-used = { $selected } of { $slots } slots
selection-page-awarded = Awarded
selection-page-awarded-of = { $awarded } of a budget of { $budget }
selection-page-aggregation = Aggregation
selection-page-aggregation-hint = How the reviewers’ scores on a criterion are combined. A published rule: it cannot change once the call has opened.
selection-aggregation-mean = Mean
selection-aggregation-median = Median
selection-page-normalise = Normalised figures
selection-page-normalise-hint = Show each reviewer’s scores as z-scores beside the raw figures, to spot lenient and severe reviewers. They never rank.
selection-page-threshold = Disagreement threshold
selection-page-threshold-hint = A spread between reviewers, in points out of 100, from which an application is flagged for discussion. Leave blank for none.
selection-page-threshold-none = None
selection-page-yes = Yes
selection-page-no = No
selection-page-seed = Lottery seed:
selection-page-no-seed = No lottery seed has been drawn.
selection-page-seed-sealed = Sealed until scoring closes: only its commitment is published.
selection-page-commitment = Lottery seed commitment (SHA-256):
selection-page-scoring = Scoring:
selection-page-scoring-open = Open: reviews and consensus scores may still change.
selection-page-scoring-closed-at = Closed on { $time }: reviews and consensus scores are locked.
selection-page-seed-hint = The seed was drawn when reviewing started. Until scoring closes only its SHA-256 commitment is shown, so that nobody scores knowing the draw. Once scoring closes the seed is revealed, and applications still tied after the tie-break criteria are ordered by the SHA-256 of seed:reference, smallest first.
selection-page-quotas = Regional quotas
selection-page-subdivision = Region
selection-page-quota-min = Reserved
selection-page-quota-max = Most
selection-page-quota-selected = Selected
selection-page-scoring-intro = How the figures below are computed from the reviews.
selection-page-scoring-save = Save the scoring settings
selection-page-problems = What stands in the way of finalising:
selection-page-no-problems = Nothing stands in the way of finalising.
selection-page-no-applications = No application has been submitted to this call.
selection-page-ranking-intro = Totals are out of 100 and rounded to two places; the decisions keep them exact. Open an application for its figures per criterion.
selection-page-rank = Rank
selection-page-unranked = Not ranked
selection-page-application = Application
selection-page-lead = Lead organisation
selection-page-reviews = Reviews
selection-page-total = Total
selection-page-raw-total = reviewers’ total { $total }
selection-page-normalised = Normalised
selection-page-range = Spread
selection-page-flagged = Flagged for discussion
selection-page-proposal = Proposal
selection-page-optimal = Optimised selection
selection-page-in-optimal = Included
selection-page-not-in-optimal = Not included
selection-page-differs = Proposal and optimum differ
selection-page-outcome = Outcome
selection-page-override = Override
selection-page-award = Award
selection-page-hidden = Hidden: you are conflicted on this application
selection-page-lottery-key = Lottery key:
selection-page-tie-criterion = Tie broken by criterion { $position } ({ $criterion })
selection-page-tie-lottery = Tie broken by lottery
selection-page-tie-sealed = Tied: decided by the lottery once scoring closes
selection-page-comparison-intro = The proposal walks the ranking from the top, as the call’s rules say. The optimised selection is the one with the highest total score within the budget, the slots and the regional maximums; it is shown so that the committee decides knowingly.
selection-page-count = Applications
selection-page-total-score = Total score
selection-page-cost = Cost
selection-page-proven = The optimised selection is proven optimal (searched in { $ms } ms, at { $time }).
selection-page-not-proven = Not proven optimal: the search stopped at its time budget of { $budget } ms. This is the best selection found; the best possible total score is at most { $gap } points higher (searched at { $time }).
selection-page-same-selection = The proposal and the optimised selection agree.
selection-page-only-proposal = Only in the proposal:
selection-page-only-optimal = Only in the optimised selection:
selection-page-finalise-warning = Finalising records the decision on every application, as the proposal and the overrides say. The decisions then become final: no score, consensus or override can change afterwards.
selection-page-finalise = Finalise the decisions
selection-page-close-scoring-intro = Close scoring once the committee has finished: reviews and consensus scores are then locked, and the lottery seed is revealed and breaks the ties that remain. Finalising closes scoring itself if it is still open.
selection-page-close-scoring = Close scoring
selection-page-decided = The decisions are final.
selection-page-public-results = See the public results
selection-page-preview-results = Preview the results (not yet published)
selection-page-publish-intro = Publishing makes the ranking, the figures, the decisions and every justification public, and tells every applicant.
selection-page-publish = Publish the results
selection-outcome-selected = Selected
selection-outcome-waitlisted = Waitlisted
selection-outcome-not-selected = Not selected
selection-app-title = Selection
selection-app-back = Selection board
selection-app-figures-heading = Figures per criterion
selection-app-figures-intro = Figures are rounded to two places. What ranks is the consensus where the committee agreed one, else the reviewers’ aggregate.
selection-app-criterion = { $position }. { $title }
selection-app-max = out of { $max }
selection-app-aggregate = Reviewers’ aggregate
selection-app-consensus = Consensus
selection-app-no-consensus = None
selection-app-ranked = Ranked
selection-app-std-dev = Standard deviation
selection-app-consensus-heading = Consensus scores
selection-app-consensus-intro = Record the scores the committee agreed on in its meeting, each with its rationale. Leave a criterion blank where there is no consensus; the reviewers’ own scores stay as they are.
selection-app-consensus-score = Consensus score
selection-app-rationale = Rationale
selection-app-consensus-score-of = Consensus score: { $criterion }
selection-app-consensus-rationale-of = Rationale: { $criterion }
selection-app-consensus-score-missing = Give the agreed score, or clear the rationale.
selection-app-consensus-save = Save the consensus
selection-app-decision-heading = Decision
selection-app-decision-intro = Depart from the proposal only with a written justification: it is published with the results. You may also lower the award.
selection-app-outcome = Outcome
selection-app-as-proposed = As proposed
selection-app-as-proposed-named = As proposed ({ $outcome })
selection-app-justification = Justification
selection-app-justification-hint = Why the decision departs from the proposal.
selection-app-awarded-amount = Award
selection-app-awarded-amount-hint = Leave blank to award the amount requested.
selection-app-decision-save = Save the decision
selection-app-decision-clear = Back to the proposal
selection-app-stale = Another manager changed this decision while you were editing it. Nothing you typed is lost: your version is below, and where the saved version differs it is shown under the field. Check those fields and save again to keep your version.
selection-app-saved-empty = (empty)
flash-selection-settings-saved = The scoring settings have been saved.
flash-selection-consensus-saved = The consensus scores have been saved.
flash-selection-decision-saved = The decision has been saved.
flash-selection-decision-cleared = The override has been removed: the proposal decides again.
flash-selection-finalised = The decisions have been finalised.
flash-scoring-closed = Scoring is closed: the lottery seed is revealed.
flash-selection-published = The results have been published.
results-page-title = Results: { $call }
results-page-published-at = Published on { $at }.
results-page-not-published = These results are not yet published: only managers can see them.
results-page-decided-at = Decided on
results-page-intro = The ranking with each application’s figures per criterion (rounded to two places), its outcome and the reason for it, and the justification of every decision that departs from the proposal.
results-page-json = The results as JSON
results-page-csv = The results as CSV
results-page-ranking-heading = Ranking and decisions
results-page-lead = Lead organisation
results-page-reason = Reason
results-page-justification = Justification:
results-page-lottery-heading = Lottery
results-page-lottery-how = Ties left after the tie-break criteria are broken by a lottery anyone can recompute: for each tied application, take the SHA-256 of the seed, a colon and its reference, sha256({ $seed }:reference), in lowercase hexadecimal; the smallest ranks first.
results-page-commitment-how = The commitment was published on the call’s page when reviewing started, before any score. Check the seed against it: the SHA-256 of the seed’s text, in lowercase hexadecimal, must equal the commitment, for example with:
call-results-link = See the results
editor-selection-link = Scoring and selection
application-results-heading = Results
application-results-outcome = Outcome
application-results-justification = Justification
application-results-rank = Rank
application-results-total = Total
application-results-awarded = Award
application-results-all = All the results of the call
application-results-criteria = Figures per criterion
application-results-score = Score
application-results-consensus = Committee’s consensus
application-results-out-of = { $score } out of { $max }
application-results-reviews = Reviewers’ comments
application-results-no-reviews = No review was counted.
application-results-reviewer = Reviewer { $number }

## Funded projects: errors (domain::projects)
error-number = Give a number.
error-user-unknown = This user does not exist or is deactivated.
error-indicator-unknown = This indicator is not one of the call's.
error-end-after-start = The end must come after the start.
error-project-not-active = The project is { $status }: nothing more can be done on it.
error-project-reports-started = A report is already submitted: the dates can no longer move.
error-project-final-report = A project is completed once its final report is accepted.
error-tranche-waits-signature = This tranche cannot be released until the grant agreement is signed.
error-tranche-waits-milestone = This tranche cannot be released until milestone { $position } is accepted.
error-tranche-waits-report = This tranche cannot be released until progress report { $number } is accepted.
error-tranche-waits-final-report = This tranche cannot be released until the final report is accepted.
error-tranche-waits-date = This tranche cannot be released before { $date }.
error-project-signature-used = A tranche was released on this signature: its date can no longer change.
error-project-unpaid-tranches = { $count ->
    [one] One tranche is not paid yet: pay it before completing the project.
   *[other] { $count } tranches are not paid yet: pay them before completing the project.
}
error-template-empty = Give at least one tranche.
error-percent = Give a percentage above 0 and at most 100, with at most two decimals.
error-template-sum = The tranches add up to { $sum }; they must add up to exactly 100%.

## Funded projects: the portfolio pages and the call's tranche template (web)
nav-funded-projects = Funded projects
nav-manage-projects = Portfolio
portfolio-heading = Funded projects
portfolio-intro = Every project funded through a call whose results are published: what was awarded, what has been paid, and how each project is doing.
portfolio-filters-label = Filter the projects
portfolio-filter-subdivision = Region (subdivision)
portfolio-filter-health = Health
portfolio-filters-clear = Show every project
portfolio-projects-count = { $count ->
    [one] { $count } project
   *[other] { $count } projects
}
portfolio-totals-heading = Totals
portfolio-none = No funded project yet.
portfolio-none-filtered = No project matches these filters.
portfolio-currency = Currency
portfolio-projects = Projects
portfolio-awarded = Awarded
portfolio-disbursed = Disbursed
portfolio-overdue = Overdue items
portfolio-charts-heading = In charts
portfolio-projects-heading = Projects
portfolio-project = Project
portfolio-call = Call
portfolio-lead = Lead organisation
portfolio-subdivision = Region
portfolio-health = Health
portfolio-progress = Progress
portfolio-percent = { $percent }
portfolio-open-data-heading = Open data
portfolio-open-data-intro = The same figures as open data, free to reuse.
portfolio-open-data-giving = Awards in the 360Giving standard (JSON)
portfolio-open-data-projects = Projects (CSV)
portfolio-open-data-disbursements = Disbursements (CSV)
portfolio-no-subdivision = No region
portfolio-chart-health-title = Projects by health
portfolio-chart-money-title = Awarded and disbursed by region, in { $currency }
portfolio-chart-awarded = Awarded
portfolio-chart-disbursed = Disbursed
portfolio-chart-awarded-value = Awarded: { $amount }
portfolio-chart-disbursed-value = Disbursed: { $amount }
portfolio-overdue-report = Progress report { $number }, due { $due }
portfolio-overdue-milestone = Milestone “{ $title }”, due { $due }
manage-portfolio-heading = Portfolio of funded projects
manage-portfolio-intro = Every funded project, published or not, with what needs attention: progress reports falling due or overdue, and overdue milestones.
manage-portfolio-links = Sections and links
manage-portfolio-attention-heading = Needs attention
manage-portfolio-public-link = The public page
manage-portfolio-reports-overdue = Overdue progress reports
manage-portfolio-reports-overdue-none = No progress report is overdue.
manage-portfolio-reports-due = { $days ->
    [one] Progress reports due within { $days } day
   *[other] Progress reports due within { $days } days
}
manage-portfolio-reports-due-none = No progress report falls due soon.
manage-portfolio-overdue-heading = Overdue items per project
manage-portfolio-overdue-none = Nothing is overdue.
manage-portfolio-report = Report
manage-portfolio-due-on = Due on
manage-portfolio-report-status = Status
manage-portfolio-report-overdue = Overdue
manage-portfolio-report-due = Due soon
editor-tranches-heading = Tranches of funded projects
editor-tranches-intro = How the award of each project funded by this call is paid: each tranche is a share of the award, released when its condition is met. The shares add up to 100%.
editor-tranches-hint = A milestone needs its title and the months after the start when it is due; a report its number; a date the months after the start. Leave a row blank, or tick Remove, to drop it.
editor-tranches-save = Save the tranches
editor-tranches-decided = The decisions are final: the projects have their tranches, and the template no longer changes.
editor-tranche-percent = Share (%)
editor-tranche-condition = Released when
editor-tranche-milestone = Milestone
editor-tranche-months = Months after the start
editor-tranche-report = Report number
editor-tranche-cell = Tranche { $number }: { $column }
editor-tranche-condition-signature = The agreement is signed
editor-tranche-condition-milestone = A milestone is accepted
editor-tranche-condition-report = A progress report is accepted
editor-tranche-condition-final-report = The final report is accepted
editor-tranche-condition-date = A date is reached
editor-tranche-after-months = { $months ->
    [one] { $months } month after the start
   *[other] { $months } months after the start
}
editor-tranche-on-signature = { $percent } when the agreement is signed
editor-tranche-on-milestone = { $percent } when the milestone “{ $title }” ({ $due }) is accepted
editor-tranche-on-report = { $percent } when progress report { $number } is accepted
editor-tranche-on-final-report = { $percent } when the final report is accepted
editor-tranche-on-date = { $percent } { $due }
flash-call-tranches-saved = The tranches have been saved.

## Funded projects: the project page and the expert's requests (web::projects)
project-page-status-state-active = Active
project-page-status-state-completed = Completed
project-page-status-state-terminated = Terminated
project-page-milestone-state-pending = Pending
project-page-milestone-state-submitted = Evidence submitted
project-page-milestone-state-accepted = Accepted
project-page-milestone-state-changes-requested = Changes requested
project-page-report-state-due = Due
project-page-report-state-submitted = Submitted
project-page-report-state-accepted = Accepted
project-page-report-state-changes-requested = Changes requested
project-page-tranche-state-planned = Planned
project-page-tranche-state-released = Released
project-page-tranche-state-paid = Paid
project-page-assistance-state-open = Open
project-page-assistance-state-assigned = Expert assigned
project-page-assistance-state-resolved = Resolved
project-page-overdue-count = { $count ->
    [one] { $count } item overdue
   *[other] { $count } items overdue
}
project-page-overdue = Overdue
project-page-terminated-because = This project was terminated:
project-page-lead = Lead organisation
project-page-partners = Partners
project-page-partners-none = None
project-page-call = Call
project-page-programme = Programme
project-page-dates = Planned dates
project-page-dates-value = { $start } to { $end }
project-page-signed-on = Grant agreement signed on
project-page-not-signed = Not signed yet
project-page-signed = Signed
project-page-progress = Progress
project-page-progress-hint = (share of milestones accepted)
project-page-percent = { $percent }
project-page-awarded = Awarded
project-page-disbursed = Disbursed
project-page-paid-caption = { $disbursed } paid of { $awarded } awarded ({ $percent }).
project-page-timeline-heading = Timeline
project-page-kind-agreement = Agreement:
project-page-kind-milestone = Milestone:
project-page-kind-report = Progress report:
project-page-kind-tranche = Payment:
project-page-agreement = Signature of the grant agreement
project-page-agreement-signed = Grant agreement signed
project-page-tranche-title = { $amount } (tranche { $position })
project-page-report-title = Report { $number }
project-page-report-final-title = Report { $number } (final)
project-page-condition-signature = Released once the grant agreement is signed.
project-page-condition-milestone = Released once milestone { $position } ({ $title }) is accepted.
project-page-condition-report = Released once progress report { $number } is accepted.
project-page-condition-final-report = Released once the final report is accepted.
project-page-condition-date = Released from { $date }.
project-page-paid-on-date = Paid on { $date }
project-page-released-at = Released on { $at }
project-page-indicators-heading = Indicators
project-page-indicators-none = The call defines no indicators.
project-page-indicator = Indicator
project-page-unit = Unit
project-page-target = Target
project-page-latest = Latest value
project-page-latest-hint = The latest value reported, including reports not yet accepted.
project-page-latest-public-hint = The latest value from an accepted progress report.
project-page-targets-heading = Targets
project-page-target-of = Target: { $name } ({ $unit })
project-page-targets-save = Save the targets
project-page-milestones-heading = Milestones
project-page-milestones-none = No milestones yet.
project-page-due = Due on { $date }
project-page-evidence = Evidence
project-page-evidence-of = Evidence for “{ $title }”
project-page-evidence-hint = Describe what shows that the milestone is reached, with links to documents where they are published.
project-page-evidence-submit = Submit the evidence
project-page-review-comment = Programme’s comment
project-page-comment-on-milestone = Comment on “{ $title }”
project-page-comment-on-report = Comment on report { $number }
project-page-comment-hint = Required when asking for changes; the team sees it.
project-page-accept = Accept
project-page-request-changes = Ask for changes
project-page-milestone-add-heading = Add a milestone
project-page-milestone-title = Title
project-page-milestone-description = What is expected
project-page-due-on = Due date
project-page-milestone-add = Add the milestone
project-page-reports-heading = Progress reports
project-page-reports-none = No progress report is scheduled.
project-page-narrative = What happened
project-page-narrative-of = Report { $number }: what happened
project-page-narrative-hint = What was done in the period, what changed, and what got in the way.
project-page-spending-of = Report { $number }: spending to date ({ $currency })
project-page-spending-hint = Everything spent on the project since it started, for example 12500.50.
project-page-spending-value = Spending to date: { $amount }
project-page-value-of = { $name } ({ $unit })
project-page-values-legend = Indicators
project-page-values-hint = The value of each indicator now; leave blank what you cannot measure yet.
project-page-report-submit = Submit the report
project-page-tranches-heading = Tranches
project-page-tranche = Tranche
project-page-amount = Amount
project-page-condition = Condition
project-page-state = State
project-page-actions = Actions
project-page-release = Release tranche { $position }
project-page-release-waiting = This tranche cannot be released until its condition is met. { $condition }
project-page-paid-on-of = Tranche { $position }: paid on
project-page-pay = Record the payment of tranche { $position }
project-page-assistance-heading = Technical assistance
project-page-assistance-none = No request for technical assistance.
project-page-asked-at = Asked on { $at }
project-page-expert-is = Expert: { $expert }
project-page-expert-assigned = an expert is assigned
project-page-notes = Notes
project-page-expert = Expert
project-page-expert-of = Expert for “{ $topic }”
project-page-note = Note
project-page-assign-note-of = Note on assigning “{ $topic }”
project-page-assign = Assign the expert
project-page-resolution = What was done
project-page-resolve-note-of = What was done on “{ $topic }”
project-page-resolve-hint = Required: what was done, so that the team and the programme can see it.
project-page-resolve = Mark as resolved
project-page-assistance-ask-heading = Ask for technical assistance
project-page-assistance-ask-intro = The programme assigns an expert who helps on the topic and writes down what was done.
project-page-assistance-topic = Topic
project-page-assistance-description = What help is needed
project-page-assistance-ask = Send the request
project-page-manage-heading = Manage the project
project-page-dates-heading = Planned dates
project-page-dates-hint = The report schedule is drawn again from the new dates; pending milestones and dated tranches move with the start. Not possible once a report is submitted.
project-page-planned-start = Planned start
project-page-planned-end = Planned end
project-page-dates-save = Save the dates
project-page-sign-heading = Grant agreement
project-page-sign = Record the signature
project-page-complete-heading = Completion
project-page-complete-hint = A project is completed once its final report is accepted.
project-page-complete = Mark the project completed
project-page-terminate-heading = Termination
project-page-terminate-hint = Ends the project early: nothing more can be done on it. The reason is public.
project-page-terminate-reason = Reason for terminating
project-page-terminate = Terminate the project
project-page-stale = Someone else changed this while you were working on it. What you typed is kept below and the page shows the project as it is now: check it and send the form again.
assistance-page-title = Technical assistance requests
assistance-page-intro = The requests of project teams that you are assigned to as expert.
assistance-page-none = No request is assigned to you.
flash-project-dates-saved = The planned dates have been saved.
flash-project-signed = The signature of the grant agreement has been recorded.
flash-project-terminated = The project has been terminated.
flash-project-completed = The project is completed.
flash-project-targets-saved = The targets have been saved.
flash-project-milestone-added = The milestone has been added.
flash-project-milestone-submitted = The evidence has been submitted.
flash-project-milestone-reviewed = The milestone has been reviewed.
flash-project-report-submitted = The progress report has been submitted.
flash-project-report-reviewed = The progress report has been reviewed.
flash-project-tranche-released = The tranche has been released.
flash-project-tranche-paid = The payment has been recorded.
flash-project-assistance-requested = Your request for technical assistance has been sent.
flash-project-expert-assigned = The expert has been assigned.
flash-project-assistance-resolved = The request has been marked as resolved.

## Funded projects: evidence files (web::projects)
project-page-files = Files
project-page-file-of = A file of evidence for “{ $title }”
project-page-file-hint = PDF, image or office document, at most 10 MiB.
project-page-file-upload = Attach the file
project-page-file-size = { $kib } KiB
flash-project-file-added = The file is attached.

## Project health (domain::projects::schedule::Health::label)
health-on-track = On track
health-at-risk = At risk
health-completed = Completed
health-terminated = Terminated

## Password reset
error-reset-link-invalid = This link to choose a new password does not work: it is unknown, it has already been used, or it is more than an hour old. Ask for a new one.
login-forgot-password = Forgot your password?
reset-request-title = Forgot your password?
reset-request-heading = Forgot your password?
reset-request-intro = Enter the email address of your account and we will send you a link to choose a new password.
reset-request-email = Email address
reset-request-submit = Send me a link
reset-request-problem-title = No link could be sent
reset-sent-title = Check your email
reset-sent-heading = Check your email
reset-sent-body = If an account exists for that address, we have sent it a link to choose a new password. The link works for one hour, and only once.
reset-sent-nothing = Nothing after a few minutes? Check your spam folder, and check that you typed the address of your account.
reset-ask-again = Ask for a new link
reset-back-to-login = Back to log in
reset-form-title = Choose a new password
reset-form-heading = Choose a new password
reset-form-intro = Your new password replaces the old one, and you will be logged out on every device.
reset-form-password = New password
reset-form-confirmation = Type the new password again
reset-form-submit = Save my new password
reset-error-mismatch = The two passwords are not the same.
reset-invalid-title = This link does not work
reset-invalid-heading = This link does not work
flash-password-reset = Your password has been changed and you have been logged out everywhere. Log in with your new password.

## Inbox, outbox and preferences
error-language-unknown = “{ $value }” is not a language Convoca writes in. Choose English, Spanish, French, German or Arabic.
error-notification-kind-unknown = “{ $value }” is not a kind of message.
error-notification-kind-required = Always emailed, cannot be turned off: { $kind }.
error-outbox-retry-not-failed = Only a message whose delivery failed can be retried; { $state ->
    [queued] this one is still queued and will be tried anyway.
    [sent] this one was sent already and must not go out twice.
    [skipped] this one was not emailed because its recipient turned this kind of message off.
   *[other] this one has not failed.
}
notification-kind-invitation = Invitations to join an organisation
notification-kind-password-reset = Links to choose a new password
notification-kind-application-submitted = Receipts of submitted applications
notification-kind-application-screened = Screening outcomes of applications
notification-kind-review-assigned = New applications to review
notification-kind-review-reminder = Reminders of outstanding reviews
notification-kind-results-published = Published results of calls
notification-kind-tranche-released = Released tranches of funded projects
notification-kind-milestone-accepted = Accepted milestones
notification-kind-milestone-changes-requested = Milestones that need changes
notification-kind-report-accepted = Accepted progress reports
notification-kind-report-changes-requested = Progress reports that need changes
notification-kind-report-due-soon = Progress reports falling due soon
notification-kind-report-overdue = Overdue progress reports
notification-kind-assistance-assigned = Technical-assistance requests assigned to an expert
notification-kind-assistance-resolved = Resolved technical-assistance requests
nav-inbox = Inbox
nav-inbox-unread = { $count ->
    [one] Inbox (1 unread)
   *[other] Inbox ({ $count } unread)
}
nav-outbox = Outbox
inbox-title = Inbox
inbox-heading = Your messages
inbox-intro = Everything Convoca has written to you, including what was not emailed, newest first.
inbox-unread-count = { $count ->
    [0] No unread message.
    [one] One unread message.
   *[other] { $count } unread messages.
}
inbox-empty = You have no messages yet.
inbox-subject = Subject
inbox-received = Received
inbox-status = Status
inbox-actions = Actions
inbox-unread = Unread
inbox-read = Read
inbox-open = Open
inbox-mark-read = Mark as read
inbox-mark-all-read = Mark all as read
flash-inbox-read = The message is marked as read.
flash-inbox-all-read = All your messages are marked as read.
account-preferences-heading = Messages
account-preferences-intro = Convoca writes to you by email and in your inbox. Choose the language of your messages and which ones are emailed to you: every message stays in your inbox either way.
account-preferences-language = Language of your messages
account-preferences-emailed = Email me about
account-preferences-emailed-hint = Untick what you do not want by email.
account-preferences-required = Always emailed
account-preferences-required-why = These messages concern access to your account or confirm something you did, so they are always sent.
account-preferences-submit = Save my preferences
flash-preferences-saved = Your preferences have been saved.
outbox-title = Outbox
outbox-heading = Outbox
outbox-intro = Every message Convoca has queued, newest first, and where its delivery stands. A failed message can be retried: it goes back into the queue and is sent again.
outbox-filters-label = Filter the messages
outbox-filter-state = Delivery state
outbox-state-queued = Queued
outbox-state-sent = Sent
outbox-state-failed = Failed
outbox-state-skipped = Not emailed (turned off)
outbox-kind = Message
outbox-recipient = Recipient
outbox-state = Delivery
outbox-attempts = Failed attempts
outbox-last-error = Last error
outbox-created = Queued at
outbox-sent = Sent at
outbox-next-attempt = Next attempt: { $date }
outbox-none = No message matches these filters.
outbox-retry = Retry
flash-outbox-retried = The message is back in the queue.

## Calls published in several languages
programme-content-languages = Content languages
programme-content-languages-hint = The languages its calls are published in, as codes separated by commas (en, es, fr, de, ar); the first is the one calls are written in. Leave it empty if calls are not translated.
error-language-twice = { $value } is given twice.
error-first-language-locked = The first content language cannot change once the programme has calls: their texts are written in it.
error-translation-first-language = The call is written in { $language }; edit the call itself to change those texts.
error-translation-not-content-language = { $language } is not one of the programme's content languages.
error-translation-unknown-field = The call has no such text.
call-language-fallback = This call is published in { $languages }, not in your language; it is shown in { $shown }.
translation-page-title = Translation into { $language }
translation-page-intro = Each text of the call as written, with its translation below. A text left empty is shown as written. Translations change no rule and may be edited at any time; every change is recorded in the audit log.
translation-written = As written:
translation-save = Save the translation
translation-field-title = Title
translation-field-description = Description
translation-field-criterion-title = Criterion { $position }: title
translation-field-criterion-guidance = Criterion { $position }: guidance
translation-field-question-prompt = Question { $position }: prompt
translation-field-question-help = Question { $position }: help
translation-field-indicator-name = Indicator { $position }: name
translation-field-milestone-title = Milestone { $position }: title
editor-translations-heading = Translations
editor-translations-none = The programme publishes its calls in one language. To translate them, name its content languages on the programme's page.
editor-translations-intro = The programme publishes its calls in several languages. Translations may be edited at any time, even after opening.
editor-translations-link = Translate into { $language }
flash-call-translation-saved = The translation has been saved.

## Home page per role, and which role a refused page is for
error-page-needs-role-admin = This page is for administrators.
error-page-needs-role-manager = This page is for programme managers.
error-page-needs-role-reviewer = This page is for selection-committee members.
error-page-needs-role-applicant = This page is for applicants (staff of a local government or partner).
error-page-needs-roles = This page is for these roles: { $roles }.
home-no-role = Your account has no role yet. An administrator gives roles.
home-your-account = Account and organisation
home-call-name = { $title } ({ $code })
home-application-name = { $reference }: { $title }
home-results-of = Results of { $title }
home-results-published = published { $date }
home-reviews-done = { $needed ->
    [one] { $done } of 1 review done
   *[other] { $done } of { $needed } reviews done
}
home-reviews-done-due = { $done }; reviews due { $date }
home-work-item = { $project }: { $what }
home-work-report = Progress report { $number }
home-work-milestone = milestone “{ $title }”
home-work-due = due { $date }
home-work-overdue = overdue since { $date }
home-work-changes-requested = changes requested (due { $date })
home-admin-heading = Administration
home-admin-group = Users and email
home-admin-users = { $count ->
    [one] 1 user
   *[other] { $count } users
}
home-admin-inactive = { $count ->
    [one] 1 deactivated
   *[other] { $count } deactivated
}
home-admin-outbox = Email outbox
home-admin-outbox-counts = { $queued } queued, { $failed } failed
home-manager-heading = Programme management
home-manager-quiet = Nothing needs you right now.
home-manager-unverified = Organisations waiting for verification
home-manager-unverified-note = { $count ->
    [one] 1 organisation is waiting to be verified.
   *[other] { $count } organisations are waiting to be verified.
}
home-manager-unverified-all = All organisations waiting for verification
home-manager-screen = Applications to screen
home-manager-screen-count = { $count ->
    [one] 1 submitted application to screen
   *[other] { $count } submitted applications to screen
}
home-manager-reviewing = Review progress
home-manager-to-review = Reports and milestones waiting for your review
home-manager-overdue = Overdue reports and milestones
home-manager-assistance = Open technical-assistance requests
home-manager-assistance-asked = asked { $date }
home-manager-portfolio = The portfolio of funded projects
home-reviewer-heading = Selection committee
home-reviewer-quiet = No review is waiting for you.
home-reviewer-call = Your reviews for { $title } ({ $code })
home-reviewer-left = { $assigned ->
    [one] { $left } of 1 assigned application left to score
   *[other] { $left } of { $assigned } assigned applications left to score
}
home-reviewer-left-due = { $left }; reviews due { $date }.
home-reviewer-draft = draft saved
home-reviewer-not-started = not started
home-reviewer-all = All your reviews
home-chair-call = Committee meeting for { $title } ({ $code })
home-chair-note = { $progress }. { $flagged }
home-chair-flagged = { $count ->
    [0] No application is flagged for discussion.
    [one] 1 application flagged for discussion ({ $open } without a consensus score).
   *[other] { $count } applications flagged for discussion ({ $open } without a consensus score).
}
home-chair-consensus-recorded = consensus score recorded
home-chair-consensus-to-record = consensus score to record
home-chair-progress-link = The committee's progress
home-applicant-heading = Your organisation's applications and projects
home-applicant-drafts = Drafts to finish
home-applicant-draft = { $title } (for { $call })
home-applicant-deadline = deadline { $date }, { $left }
home-applicant-deadline-missed = the deadline has passed
home-applicant-submissions = Submitted applications
home-applicant-submission-state = { $call }: { $state }
home-applicant-all = All your applications
home-applicant-results = Results to read
home-applicant-projects = Your funded projects
home-applicant-due = Reports and milestones due
home-applicant-start = Apply to a call
home-applicant-none = Your organisation has not started an application yet.
home-public-heading = Calls, results and projects
home-public-open-calls = Open calls
home-public-no-open-calls = No call is open right now.
home-public-closes = closes { $date }
home-public-all-calls = All calls
home-public-results = Recent results
home-public-portfolio = The portfolio
home-public-projects = { $count ->
    [one] 1 funded project
   *[other] { $count } funded projects
}
call-sign-up-to-apply = Sign up to apply
call-log-in-to-apply = Already registered? Log in to apply
selection-page-flagged-on = Flagged for discussion: { $criteria }
selection-page-flagged-total = Flagged for discussion: the reviewers' totals differ
error-page-too-large-title = Too large
error-page-too-large = What you sent is too large: a file may be at most 10 MiB, and a form at most { $mib } MiB. Nothing was saved. Go back, choose a smaller file, and send it again.
selection-finalise-confirm-heading = Finalise the decisions?
selection-finalise-confirm-consequences = Every selected application becomes a funded project, the call becomes decided, and the results can then be published. This cannot be undone.
selection-finalise-confirm-back = Back to the selection board

## The call editor as one form
editor-one-form-hint = This page is one form: each Save button saves every change made on it, in every section, so nothing you typed is lost.
editor-more-rows = More rows
editor-more-questions = More questions
editor-weight-total = Total weight of the criteria:
editor-scoring-intro = How the committee's scores become each application's figures. The aggregation method is a published rule, frozen once the call opens; the rest may change until the decisions.
editor-scoring-method-frozen = Aggregation (frozen since the call opened): { $method }
flash-call-saved = Your changes have been saved.
flash-call-unchanged = Nothing had changed, so nothing was saved.
error-organisation-name-ambiguous = Several organisations are named “{ $value }”; use the identifier or the official code of the one you mean.
prerequisite-holders-heading = Who has met them
prerequisite-holders-none = No organisation has met it yet.
prerequisite-holders-caption = Organisations that have met “{ $name }”
prerequisite-holders-recorded = Recorded
prerequisite-import-organisations-link = Look up organisations’ identifiers and official codes
prerequisite-import-template-link = Download a CSV template
manage-organisation-id = Identifier
manage-organisations-identifiers = A prerequisite import names an organisation by its identifier, its official code or, when no other organisation bears it, its name.
# The receipt as a printable copy of the application (issue 17)
receipt-organisation = { $name } ({ $kind })
receipt-as-submitted = Below is the whole application exactly as it was submitted. Later changes to the call or to the organisations do not alter it.
receipt-partners-none = No partners.
layout-table-region = Table: { $name }

## A programme across its cycles
programme-page-eyebrow = Programme
programme-page-open-data = These figures as open data (JSON)
programme-page-cycles-heading = Cycles
programme-page-cycles-intro = Every call of the programme, in order, with what each achieved. What a call decided is counted once its results are published.
programme-page-cycles-none = This programme has not published a call yet.
programme-page-cycle = Cycle
programme-page-state = Status
programme-page-dates = { $opens } – { $closes }
programme-page-cloned-from = Continues { $cycle }
programme-page-applications = Applications
programme-page-eligible = Eligible
programme-page-selected = Selected
programme-page-projects = Funded projects
programme-page-awarded = Awarded
programme-page-disbursed = Disbursed
programme-page-completed = Completed
programme-page-terminated = Terminated
programme-page-not-published = Results not published yet
programme-page-chart-counts-title = Applications and selections per cycle
programme-page-chart-money-title = Awarded and disbursed per cycle ({ $currency })
programme-page-indicators-heading = Indicators per cycle
programme-page-indicators-none = No cycle with published results has indicators yet.
programme-page-indicator = Indicator
programme-page-indicator-target = Targets
programme-page-indicator-reached = Reached
programme-page-regions-heading = Regions across cycles
programme-page-regions-intro = Which subdivisions applied, and were selected, in which cycle; those never reached are listed too.
programme-page-never-reached = Never reached: { $count } of { $total } subdivisions.
programme-page-region = Subdivision
programme-page-region-cell = { $applications } applied, { $selected } selected
programme-page-region-none = None
programme-page-region-unnamed = No subdivision given
programme-page-not-reached = Never reached
call-programme-cycles = All cycles of this programme

## Peer-learning exchanges

exchanges-link = Peer exchanges between the funded projects
exchanges-heading = Peer exchanges
exchanges-intro = Bring the teams of funded projects together to learn from one another. Invited teams are notified and register who attends; once the exchange has taken place, record what came of it: it then appears on the public programme page.
exchanges-list-heading = Exchanges of this programme
exchanges-none = No exchange has been organised yet.
exchange-title = Title
exchange-starts-at = Date and time
exchange-starts-at-hint = In the time zone below.
exchange-time-zone = Time zone
exchange-time-zone-hint = An IANA time zone, for example Africa/Tunis or Europe/Berlin.
exchange-place = Place
exchange-place-hint = Where it takes place; leave empty if it is online only.
exchange-online-link = Online link
exchange-online = Join online
exchange-agenda = Agenda
exchange-invited = Projects invited
exchange-new-heading = Organise an exchange
exchange-no-projects = This programme has no funded projects to invite yet.
exchange-create = Organise the exchange
exchange-edit-heading = Change the exchange
exchange-save = Save the exchange
exchange-outcome-heading = Outcome
exchange-outcome-recorded = Recorded
exchange-outcome-pending = Not recorded yet
exchange-outcome-notes = What was learned
exchange-outcome-attended = Took part
exchange-outcome-documents = Documents
exchange-outcome-documents-hint = One per line: a title, a vertical bar and the address, for example “Slides | https://example.org/slides.pdf”.
exchange-outcome-save = Record the outcome
exchange-outcome-not-yet = The outcome can be recorded once the exchange has started.
exchange-registered-heading = Who is coming
exchange-attendees = People attending
exchange-attendees-hint = One name per line; you can change the list until the day of the exchange is over.
exchange-no-one-registered = Nobody registered yet.
exchange-attended-yes = Yes
exchange-attended-no = No
exchange-project-heading = Peer exchanges
exchange-project-intro = Exchanges between funded projects that your project is invited to.
exchange-attendance-save = Save who attends
exchange-attendance-closed = Registration is closed.
exchange-attendance-heading = Who attends the exchange
exchange-back-to-project = Back to the project
exchange-public-heading = Peer exchanges
exchange-public-none = No peer exchange has been recorded yet.
exchange-public-invited = Invited:
exchange-public-attended = Took part:
exchange-public-attended-none = none of the invited organisations
flash-exchange-organised = The exchange has been organised and the invited teams notified.
flash-exchange-saved = The exchange has been saved.
flash-exchange-outcome-recorded = The outcome has been recorded; the exchange is now public.
flash-exchange-attendance-saved = Your list of attendees has been saved.
error-link-invalid = Enter a web address starting with https:// or http://.
error-exchange-place-or-link = Give a place, an online link, or both.
error-exchange-invite-someone = Invite at least one funded project.
error-exchange-project-not-in-programme = Only funded projects of this programme's calls can be invited.
error-exchange-outcome-recorded = The outcome of this exchange is recorded; it can no longer be changed.
error-exchange-over = This exchange is over; the list of attendees can no longer be changed.
error-exchange-not-held-yet = The exchange has not started yet; record its outcome afterwards.
error-exchange-attended-not-invited = Only invited projects can have taken part.
notification-kind-exchange-invited = Invitations to peer exchanges
email-exchange-invited-subject = “{ $project }” is invited to a peer exchange: { $exchange }
email-exchange-invited-body =
    The programme invites the team of “{ $project }” to the peer exchange “{ $exchange }”, on { $starts_at } ({ $place }).

    On the project page you can read the agenda and register who from your organisation will attend.

## Learning across pilots: lessons learned and replication
learning-heading = Learning across pilots
lessons-heading = Lessons learned
lessons-legend = Lessons learned
lessons-hint = The final report shares what this pilot learned, so that other local governments can copy it. Every part is required; the lessons become public once the report is accepted.
lessons-what-worked = What worked
lessons-what-did-not = What did not work
lessons-to-replicate = What another local government needs to copy it
lessons-contact = Contact
lessons-contact-hint = A name and email address, or a role, that others can ask.
lessons-unpublished = These lessons are visible to the project team and managers only, until the final report is accepted.
lessons-published-on = Published on { $date }
lessons-none = No lessons have been published yet: they come with the accepted final report.
replication-heading = Replication
replication-field = Replicates an earlier project
replication-hint = Optional: a funded project from the public portfolio that this one copies.
replication-replicates = Replicates:
replication-none = No later project replicates this one yet.
replication-count = { $count ->
    [one] 1 later project replicates this one:
   *[other] { $count } later projects replicate this one:
}
replication-save = Save the link
flash-project-replicates-set = The replication link has been saved.
error-replication-not-public = Choose a funded project from the public portfolio.
error-replication-self = A project cannot replicate itself.
error-replication-later = Choose a project funded before this one.
portfolio-replications = Replications
portfolio-open-data-lessons = Lessons learned (CSV)
programme-page-learning-heading = Learning per cycle
programme-page-learning-intro = Peer exchanges held with each cycle's projects, the lessons their final reports published, and how many of its projects replicate an earlier one.
programme-page-exchanges-held = Exchanges held
programme-page-lessons-published = Lessons published
programme-page-replications = Replications
programme-page-cycle-number = Cycle { $number }
error-benchmark-criterion-unknown = The call has no criterion { $position }.
call-part-selection-mode = the selection mode
call-part-benchmark = the benchmark
selection-reason-benchmark = Selected: it meets the benchmark.
selection-reason-below-benchmark = Not selected: it does not meet the benchmark.
selection-reason-enrolled = Admitted: screened eligible.
results-page-selection-mode = Kind of call
call-selection-mode-competitive = Competitive: ranked within the budget and slots
call-selection-mode-benchmark = Benchmark: every application that meets it is recognised
call-selection-mode-enrolment = Enrolment: every eligible applicant is admitted
results-page-level = Level
results-page-criterion-met = met
results-page-criterion-not-met = not met
portfolio-open-data-commitments-csv = Action-plan commitments (CSV)
portfolio-open-data-commitments-json = Action-plan commitments (JSON)
error-commitment-unknown = Choose a commitment of this project's action plan, once.
error-completion-unknown = Choose a rating: not started, limited, substantial or complete.
error-commitment-unrated = Rate the completion of the commitment “{ $commitment }”.
error-ogp-value-unknown = Choose a value: transparency, participation, accountability or inclusion.
error-plan-adopted = The action plan has been adopted by the council; its commitments can no longer change.
error-adoption-of-commitment = The council's adoption belongs to the whole action plan, not to one commitment.
error-adoption-exists = This project already has its council adoption milestone.
commitment-heading = Action plan
commitment-plan-adopted = Adopted by the council
commitment-plan-not-adopted = Not yet adopted by the council
commitment-none = No commitments yet.
commitment-field-title = Commitment
commitment-field-problem = Problem addressed
commitment-field-value = Open government value
commitment-field-lead = Lead institution
commitment-completion = Completion
commitment-not-rated = Not rated yet
commitment-completion-in-report = { $rating } (report { $number })
commitment-value-transparency = Transparency
commitment-value-participation = Participation
commitment-value-accountability = Accountability
commitment-value-inclusion = Inclusion
commitment-completion-not-started = Not started
commitment-completion-limited = Limited
commitment-completion-substantial = Substantial
commitment-completion-complete = Complete
commitment-add-heading = Add a commitment
commitment-add = Add the commitment
commitment-rating-of = Completion of “{ $title }”
commitment-ratings-legend = Completion of each commitment
commitment-milestone-of = Commitment it belongs to
commitment-milestone-adoption = Council adoption of the action plan
commitment-milestone-adoption-hint = Tick for the milestone that records the council's adoption; its evidence is the council's resolution.
flash-project-commitment-added = The commitment has been added.
editor-selection-mode = Selection mode
editor-selection-mode-hint = Competitive calls rank and select within the budget and slots; benchmark calls recognise every application that meets the benchmark (its core criteria and levels are set through the API); enrolment calls admit every eligible applicant. Frozen once the call opens.
editor-selection-mode-frozen = Selection mode (frozen since the call opened): { $mode }

## Rolling calls: no deadline, each application decided as it comes
error-rolling-competitive = A competitive call ranks every application together, so it needs a deadline: only benchmark and enrolment calls can be rolling.
error-rolling-one-by-one = This call is rolling: its applications are decided one at a time, not all at once.
error-rolling-only = Only an application of a rolling call is decided on its own.
error-rolling-not-screened = Only an application screened eligible and not yet decided can be decided now.
error-rolling-already-decided = This application has already been decided; the decision is final.
call-rolling-no-deadline = No deadline: open until the programme closes it
editor-rolling = Rolling admission
editor-rolling-hint = Benchmark and enrolment calls only. The call has no deadline: it stays open until you close it, and each application is decided and published as soon as it is screened (and, in a benchmark call, reviewed).
editor-rolling-frozen = This call is rolling: it has no deadline, and each application is decided as it comes.
application-rolling-heading = Decide this application
application-rolling-intro = This call is rolling: you decide each application on its own once it is screened eligible. The call's rule decides (admitted in an enrolment call; recognised if its reviews meet the benchmark), unless you override it on the selection board. The decision is final and published at once, and an admitted application becomes a project.
application-rolling-decide = Decide and publish
flash-application-decided = The application is decided, and the decision is published.
call-joined-heading = Who has joined
call-joined-intro = This call admits local governments as they apply. Each one listed here has been admitted or recognised; the list grows with each decision.
call-joined-none = Nobody has joined yet.
call-joined-organisation = Local government
call-joined-place = Region
call-joined-level = Level
call-joined-date = Joined on
call-joined-results = Every decision, with its reasons

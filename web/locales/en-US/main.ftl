# Convoca — English catalog. Every key here must exist in es/ and fr/ too (a test checks it).

## Domain messages (field errors and problems)
error-required = This field is required.
error-too-long = At most { $max } characters.
error-not-negative = Must not be negative.
error-email-invalid = This is not a valid email address.
error-email-taken = An account with this email address already exists.
error-password-short = The password must have at least { $min } characters.
error-password-wrong = The current password is not correct.
error-role-unknown = Unknown role “{ $value }”.
error-kind-unknown = Unknown kind of organisation “{ $value }”.
error-kind-not-local-government = Only local governments can sign up; partners are registered by a programme manager.
error-country-unknown = “{ $value }” is not an ISO 3166-1 country code.
error-subdivision-unknown = “{ $value }” is not a subdivision of { $country }.
error-parent-unknown = The parent organisation does not exist.
error-parent-self = An organisation cannot be its own parent.
error-organisation-unknown = This organisation does not exist.
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
account-token-revoke-named = Revoke the token “{ $name }”
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
manage-verify-named = Verify { $organisation }

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
admin-save-roles-of = Save the roles of { $name }
admin-activate = Activate
admin-activate-named = Activate { $name }
admin-deactivate = Deactivate
admin-deactivate-named = Deactivate { $name }
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
eligibility-cofunding-pass = Co-funding is { $share } % of the total budget; at least { $minimum } % is required.
eligibility-cofunding-fail = Co-funding is only { $share } % of the total budget; at least { $minimum } % is required.
eligibility-cofunding-no-budget = There is no budget yet; co-funding must reach { $minimum } % of it.

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
error-call-frozen = The call is { $state }: its { $part } can no longer change, so that every applicant is judged by the rules they read.
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
error-organisation-not-found = No organisation has the id or official code “{ $value }”.
error-csv-unreadable = The file could not be read as CSV.
error-csv-columns = The file needs the columns { $columns }.
error-csv-row-unreadable = This row could not be read.
error-csv-row-failed = This row could not be recorded ({ $reason }).

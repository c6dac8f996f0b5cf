# Convoca — Arabic catalog (Modern Standard Arabic). Same keys, in the same order, as en-US/main.ftl.

## Domain messages (field errors and problems)
error-required = هذا الحقل إلزامي.
error-too-long = يجب ألّا يتجاوز عدد الحروف { $max }.
error-not-negative = يجب ألّا تكون القيمة سالبة.
error-email-invalid = هذا العنوان ليس عنوان بريد إلكتروني صالحًا.
error-email-taken = يوجد حساب مسجّل بهذا البريد الإلكتروني.
error-password-short = يجب ألّا يقلّ عدد حروف كلمة المرور عن { $min }.
error-password-weak = كلمة المرور هذه سهلة التخمين: فهي إما كلمة مرور شائعة، أو نمط بسيط، أو قريبة من اسمك أو من عنوان بريدك الإلكتروني. بضع كلمات لا رابط بينها تشكّل كلمة مرور قوية يسهل تذكّرها.
error-password-wrong = كلمة المرور الحالية غير صحيحة.
error-role-unknown = الدور «{ $value }» غير معروف.
error-kind-unknown = صنف الهيكل «{ $value }» غير معروف.
error-kind-not-local-government = يقتصر التسجيل على الجماعات المحلية؛ أما الشركاء فيسجّلهم مدير البرنامج.
error-country-unknown = «{ $value }» ليس رمز بلد وفق المعيار ISO 3166-1.
error-subdivision-unknown = «{ $value }» ليس تقسيمًا إداريًا في { $country }.
error-parent-unknown = الهيكل الأم غير موجود.
error-parent-self = لا يمكن أن يكون الهيكل هيكلًا أمًّا لنفسه.
error-organisation-unknown = هذا الهيكل غير موجود.
error-organisation-registered = يوجد هيكل مسجّل بهذا الاسم في هذا البلد. إن كان هيكلك، فاطلب دعوة من زميل يستخدم Convoca أو من البرنامج.
error-cannot-remove-own-admin = لا يمكنك سحب دور المشرف من نفسك.
error-cannot-deactivate-self = لا يمكنك تعطيل حسابك بنفسك.
error-stale-version = غيّر شخص آخر هذه البيانات في الأثناء. أعد تحميلها ثم طبّق تعديلك من جديد.
error-duplicate = هذا العنصر موجود مسبقًا.

## Web UI: the frame of every page
site-name = Convoca
layout-skip-to-content = الانتقال إلى المحتوى الرئيسي
layout-nav-label = القائمة الرئيسية
layout-language = اللغة
layout-language-change = تغيير
layout-footer = Convoca: دعوات تنافسية مفتوحة لتقديم المقترحات بين البرامج الوطنية والجماعات المحلية.
nav-home = الرئيسية
nav-signup = التسجيل
nav-login = تسجيل الدخول
nav-account = حسابي
nav-organisation = هيكلي
nav-organisations = الهياكل
nav-users = المستخدمون
nav-logout = تسجيل الخروج

## Home
home-title = الرئيسية
home-heading = دعوات تنافسية لتقديم المقترحات، بكل شفافية
home-intro = تُدير Convoca دعوات تنافسية لتقديم المقترحات بين البرامج الوطنية والجماعات المحلية. تنشر وكالة وطنية دعوة بمعاييرها وميزانيتها؛ وتقدّم البلديات والولايات والأقاليم طلباتها عبر الإنترنت، منفردة أو مع شركاء من المجتمع المدني؛ وتُسند لجنة تضمّ ممثلين عن الإدارة والمجتمع المدني أعدادًا للطلبات؛ ثم تُنشر النتائج مع أسبابها، وتقدّم المشاريع النموذجية المموّلة، ليطّلع عليها الجميع.
home-signed-in-as = تمّ تسجيل الدخول باسم { $name }.
home-unverified-notice = لم يتمّ التحقّق من { $organisation } بعد. يجب أن يتحقّق منه مدير البرنامج قبل أن يتمكّن من تقديم الطلبات.
home-go-account = حسابك
home-go-organisation = هيكلك
home-get-started = ابدأ الآن
home-anonymous = تسجّل الجماعات المحلية هنا لتقديم طلباتها في الدعوات. أما أعوان البرنامج وأعضاء اللجان فيحصلون على حساباتهم من المشرف.
home-signup-button = تسجيل جماعتك المحلية
home-login-button = تسجيل الدخول

## Shared labels
date-never = أبدًا
role-admin = مشرف
role-manager = مدير البرنامج
role-reviewer = مقيّم
role-applicant = مترشّح
role-none = دون دور
kind-national-agency = وكالة وطنية
kind-region = جهة
kind-province = إقليم
kind-state = ولاية
kind-department = مقاطعة
kind-county = دائرة
kind-municipality = بلدية
kind-association-of-municipalities = جامعة بلديات
kind-civil-society = منظمة مجتمع مدني
kind-academia = جامعة أو هيكل بحث
kind-private = شركة خاصة
kind-international = منظمة دولية
user-active = نشط
user-inactive = معطّل

## Forms and lists
form-choose = اختر…
form-error-summary-title = يوجد خطأ
form-error-prefix = خطأ:
form-error-not-a-whole-number = أدخل عددًا صحيحًا، مثل 25000.
form-password-hint = عدد الحروف: { $min } على الأقل. بضع كلمات لا رابط بينها تشكّل كلمة مرور قوية يسهل تذكّرها.
filter-any = الكل
filter-apply = تطبيق عوامل التصفية
list-count = { $count ->
    [zero] لا توجد نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $count } نتائج
    [many] { $count } نتيجة
   *[other] { $count } نتيجة
}
pager-label = الصفحات
pager-previous = الصفحة السابقة
pager-next = الصفحة التالية
pager-position = الصفحة { $page } من { $pages }

## One-time notices after a change
flash-signed-up = مرحبًا بك في Convoca! تمّ تسجيل هيكلك.
flash-signed-out = تمّ تسجيل خروجك.
flash-profile-saved = تمّ حفظ ملفك الشخصي.
flash-password-changed = تمّ تغيير كلمة المرور، وتمّ إنهاء جميع الجلسات الأخرى.
flash-password-changed-login = تمّ تغيير كلمة المرور. سجّل الدخول بكلمة المرور الجديدة.
flash-token-revoked = تمّ إلغاء رمز الواجهة البرمجية (API).
flash-organisation-saved = تمّ حفظ ملف الهيكل.
flash-organisation-verified = تمّ التحقّق من الهيكل.
flash-organisation-registered = تمّ تسجيل الهيكل. سيظهر بصفة «غير متحقَّق منه» إلى أن يتحقّق منه مدير.
flash-invitation-accepted = مرحبًا بك! انضممت إلى هيكلك على Convoca.
flash-roles-saved = تمّ حفظ الأدوار.
flash-user-created = تمّ إنشاء المستخدم.
flash-user-activated = تمّ تفعيل المستخدم.
flash-user-deactivated = تمّ تعطيل المستخدم وإنهاء جميع جلساته.

## Error pages
error-page-not-found-title = الصفحة غير موجودة
error-page-not-found = لا يوجد شيء في هذا العنوان. إن كنت قد كتبته بنفسك فتحقّق منه؛ وإن كنت قد اتبعت رابطًا، فربما انتهت صلاحيته أو سبق استعماله.
error-page-forbidden-title = غير مسموح
error-page-forbidden = لا يملك حسابك صلاحية الاطلاع على هذه الصفحة أو القيام بهذا الإجراء.
error-page-csrf-title = تعذّر قبول الاستمارة
error-page-csrf = أُرسلت الاستمارة دون رمز الأمان الخاص بها، أو انتهت صلاحية الرمز. لم يتمّ تغيير أي شيء. عد إلى الصفحة السابقة، وأعد تحميلها، ثم حاول مجددًا.
error-page-invalid-title = بعض المعلومات غير صالحة
error-page-conflict-title = تعذّر القيام بذلك
error-page-invalid-transition = هذا غير ممكن في الحالة الحالية.
error-page-deadline-passed = انتهى الأجل.
error-page-rate-limited-title = محاولات كثيرة جدًّا
error-rate-limited-seconds = محاولات فاشلة كثيرة جدًّا. حاول مجددًا بعد { $seconds ->
    [one] ثانية واحدة
    [two] ثانيتين
    [few] { $seconds } ثوانٍ
    [many] { $seconds } ثانية
   *[other] { $seconds } ثانية
}.
error-rate-limited-minutes = محاولات فاشلة كثيرة جدًّا. حاول مجددًا بعد { $minutes ->
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}.
error-page-internal-title = حدث خطأ ما
error-page-internal = عذرًا، تعذّر على Convoca إتمام هذا الطلب. حاول مجددًا بعد لحظات؛ وإن تكرّر الأمر، فأبلغ المشرف بالمرجع أدناه.
error-page-reference = المرجع:
error-page-home-link = الذهاب إلى الصفحة الرئيسية
error-page-method-title = غير مدعوم
error-page-method = لا يمكن استخدام هذه الصفحة بهذه الطريقة.
error-page-bad-request-title = تعذّر فهم الطلب
error-page-bad-request = ورد في الطلب ما لم يكن متوقّعًا. عد إلى الصفحة السابقة وحاول مجددًا.

## Sign-up
signup-title = التسجيل
signup-heading = تسجيل جماعتك المحلية
signup-intro = سجّل بلديتك أو ولايتك أو إقليمك وأنشئ حسابك الخاص. بعد ذلك يتحقّق مدير البرنامج من هيكلك قبل أن يتمكّن من تقديم الطلبات.
signup-organisation-legend = هيكلك
signup-organisation-name = التسمية الرسمية
signup-organisation-kind = صنف الجماعة المحلية
signup-organisation-country = البلد
signup-organisation-country-hint = رمز البلد وفق ISO من حرفين، مثل TN لتونس، أو DE لألمانيا، أو AR للأرجنتين.
signup-organisation-subdivision = التقسيم الإداري (اختياري)
signup-organisation-subdivision-hint = رمز ولايتك أو جهتك أو إقليمك وفق ISO 3166-2، مثل TN-11.
signup-organisation-population = عدد السكان (اختياري)
signup-organisation-population-hint = عدد المتساكنين، بالأرقام.
signup-organisation-official-code = الرمز الرسمي (اختياري)
signup-organisation-official-code-hint = رمز هيكلك في السجل الوطني، إن وُجد.
signup-person-legend = حسابك
signup-name = الاسم واللقب
signup-email = البريد الإلكتروني
signup-password = كلمة المرور
signup-submit = التسجيل
signup-have-account = لديك حساب بالفعل؟
signup-login-link = تسجيل الدخول

## Login
login-title = تسجيل الدخول
login-heading = تسجيل الدخول إلى Convoca
login-email = البريد الإلكتروني
login-password = كلمة المرور
login-submit = تسجيل الدخول
login-problem-title = تعذّر تسجيل دخولك
login-failed = البريد الإلكتروني أو كلمة المرور غير صحيحة.
login-no-account = ليس لديك حساب بعد؟
login-signup-link = تسجيل جماعتك المحلية

## My account
account-title = حسابي
account-heading = حسابي
account-email = البريد الإلكتروني
account-roles = الأدوار
account-member-since = عضو منذ
account-profile-heading = الملف الشخصي
account-name = الاسم
account-profile-submit = حفظ الملف الشخصي
account-password-heading = كلمة المرور
account-password-intro = يؤدّي تغيير كلمة المرور إلى تسجيل خروجك من جميع الأجهزة الأخرى.
account-current-password = كلمة المرور الحالية
account-new-password = كلمة المرور الجديدة
account-password-submit = تغيير كلمة المرور
account-tokens-heading = رموز الواجهة البرمجية (API)
account-tokens-intro = تتيح رموز الواجهة البرمجية للبرامج النصية والأنظمة الأخرى استخدام واجهة Convoca البرمجية نيابةً عنك. ألغِ الرمز بمجرّد انتفاء الحاجة إليه.
account-tokens-none = ليس لديك أي رمز للواجهة البرمجية.
account-token-name = الاسم
account-token-name-hint = الغرض من الرمز، مثل «تصدير التقرير الشهري».
account-token-prefix = يبدأ بـ
account-token-created-at = تاريخ الإنشاء
account-token-last-used = آخر استخدام
account-token-status = الحالة
account-token-revoked-at = أُلغي بتاريخ { $date }
account-token-revoke = إلغاء
account-token-new-heading = إنشاء رمز
account-token-submit = إنشاء الرمز
account-token-created = تمّ إنشاء الرمز «{ $name }»
account-token-copy-warning = انسخ هذا الرمز الآن: لن يُعرض مرة أخرى.
account-token-secret = رمزك الجديد

## Invitations
invitation-title = الانضمام إلى هيكلك
invitation-heading = الانضمام إلى { $organisation } على Convoca
invitation-intro = تمّت دعوتك بعنوان البريد الإلكتروني { $email }. اختر اسمك وكلمة مرور لإنشاء حسابك.
invitation-name = الاسم واللقب
invitation-password = كلمة المرور
invitation-submit = إنشاء حسابي
invitation-status-pending = قيد الانتظار
invitation-status-accepted = مقبولة
invitation-status-expired = منتهية الصلاحية

## My organisation
organisation-eyebrow = هيكلي
organisation-unverified-notice = لم يتحقّق مدير البرنامج من هذا الهيكل بعد. لا يمكنه تقديم الطلبات قبل ذلك.
organisation-name = الاسم
organisation-kind = الصنف
organisation-kind-hint = إذا غيّرت الصنف أو البلد، وجب التحقّق من الهيكل من جديد.
organisation-country = البلد
organisation-subdivision = التقسيم الإداري
organisation-population = عدد السكان
organisation-official-code = الرمز الرسمي
organisation-status = الحالة
organisation-verified-on = تمّ التحقّق منه بتاريخ { $date }
organisation-unverified = غير متحقَّق منه
organisation-edit-heading = تعديل الملف
organisation-edit-submit = حفظ الملف
organisation-members-heading = الأعضاء
organisation-member-name = الاسم
organisation-member-email = البريد الإلكتروني
organisation-member-roles = الأدوار
organisation-member-status = الحالة
organisation-invitations-heading = الدعوات
organisation-invitations-intro = ادعُ زملاءك لإعداد طلبات هيكلك معك. يصلح كل رابط دعوة لمرة واحدة، لمدة { $days ->
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}.
organisation-invitations-none = لا توجد دعوات بعد.
organisation-invitation-email = البريد الإلكتروني
organisation-invitation-sent = تاريخ الإرسال
organisation-invitation-expires = تاريخ انتهاء الصلاحية
organisation-invitation-status = الحالة
organisation-invite-heading = دعوة زميل
organisation-invite-email = البريد الإلكتروني لزميلك
organisation-invite-email-hint = لا يُرسل Convoca رسائل بريد إلكتروني بعد: ستحصل على رابط لترسله إلى زميلك بنفسك.
organisation-invite-submit = إنشاء دعوة
organisation-invitation-created = تمّ إنشاء دعوة لـ { $email }
organisation-invitation-copy-warning = أرسل هذا الرابط إلى زميلك الآن: لن يُعرض مرة أخرى.
organisation-invitation-link = رابط الدعوة

## Managers: organisations
manage-title = الهياكل
manage-heading = الهياكل
manage-filters-label = تصفية الهياكل
manage-filter-search = يتضمّن الاسم
manage-filter-verified = التحقّق
manage-filter-kind = الصنف
manage-filter-country = رمز البلد
manage-verified = متحقَّق منه
manage-unverified = غير متحقَّق منه
manage-verify = تحقّق
manage-new-heading = تسجيل هيكل
manage-new-intro = تسجّل الجماعات المحلية بنفسها. أما الهياكل الأخرى، كالوكالات الوطنية وشركاء المجتمع المدني والجامعات، فتُسجَّل هنا.
manage-new-subdivision-hint = رمز الولاية أو الجهة أو الإقليم وفق ISO 3166-2، مثل TN-11.
manage-new-official-code-hint = رمز الهيكل في السجل الوطني، إن وُجد.
manage-new-submit = تسجيل الهيكل

## Admins: users
admin-title = المستخدمون
admin-heading = المستخدمون
admin-filters-label = تصفية المستخدمين
admin-filter-search = يتضمّن الاسم أو البريد الإلكتروني
admin-filter-role = الدور
admin-filter-active = الحالة
admin-user = المستخدم
admin-roles = الأدوار
admin-status = الحالة
admin-roles-of = أدوار { $name }
admin-save-roles = حفظ الأدوار
admin-activate = تفعيل
admin-deactivate = تعطيل
admin-new-user-heading = إنشاء مستخدم
admin-name = الاسم
admin-email = البريد الإلكتروني
admin-password = كلمة المرور الأولية
admin-organisation-id = معرّف الهيكل (اختياري)
admin-organisation-id-hint = معرّف الهيكل الذي يعمل المستخدم لحسابه. اتركه فارغًا بالنسبة إلى أعوان البرنامج.
admin-create-user = إنشاء المستخدم

## Money (domain messages)
error-currency-unknown = «{ $value }» ليس رمز عملة وفق ISO 4217.
error-money-invalid = «{ $value }» ليس مبلغًا؛ اكتبه على هذا النحو: 12500.50.
error-money-negative = يجب ألّا يكون المبلغ سالبًا.
error-money-precision = عدد الأرقام العشرية بعملة { $currency }: { $digits } على الأكثر.
error-money-too-large = هذا المبلغ كبير جدًّا.

## Eligibility explanations (domain messages)
list-separator = {"، "}
eligibility-range-between = بين { $min } و{ $max }
eligibility-range-at-least = { $min } على الأقل
eligibility-range-at-most = { $max } على الأكثر
eligibility-range-any = أيًّا كان حجمه
eligibility-kind-pass = { $kind } من الأصناف التي تقبلها هذه الدعوة ({ $allowed }).
eligibility-kind-fail = لا تقبل هذه الدعوة إلا { $allowed }؛ و{ $kind } ليس منها.
eligibility-population-pass = عدد السكان البالغ { $population } يقع { $range }، كما تشترط الدعوة.
eligibility-population-fail = عدد السكان البالغ { $population } لا يقع { $range }، كما تشترط الدعوة.
eligibility-population-unknown = عدد السكان غير مسجّل؛ وتشترط الدعوة أن يكون { $range }.
eligibility-location-pass = { $place } من الأماكن التي تشملها هذه الدعوة ({ $allowed }).
eligibility-location-fail = لا تشمل هذه الدعوة إلا { $allowed }؛ و{ $place } ليس منها.
eligibility-prerequisites-pass = جميع الخطوات المطلوبة مسجّلة: { $required }.
eligibility-prerequisites-fail = ما زال ينقص: { $missing }.
eligibility-consortium-count = { $kind }: { $count } من أصل { $minimum } على الأقل
eligibility-consortium-pass = يضمّ الائتلاف الأعضاء المطلوبين ({ $counts }).
eligibility-consortium-fail = ينقص الائتلاف أعضاء: { $short }.
eligibility-amount-pass = المبلغ المطلوب { $amount } يقع { $range }، ضمن حدود المنح في الدعوة.
eligibility-amount-fail = المبلغ المطلوب { $amount } لا يقع { $range }، فهو خارج حدود المنح في الدعوة.
eligibility-amount-missing = لم يُطلب أي مبلغ بعد؛ ويجب أن يكون { $range }.
eligibility-cofunding-pass = يمثّل التمويل المشترك { $share } من الميزانية الجملية؛ والمطلوب { $minimum } على الأقل.
eligibility-cofunding-fail = لا يمثّل التمويل المشترك إلا { $share } من الميزانية الجملية؛ والمطلوب { $minimum } على الأقل.
eligibility-cofunding-no-budget = لا توجد ميزانية بعد؛ ويجب أن يبلغ التمويل المشترك { $minimum } منها.

## Programmes and calls (domain messages)
error-number-invalid = «{ $value }» ليس عددًا.
error-weight-positive = يجب أن يكون الوزن أكبر من صفر.
error-at-least = يجب أن تكون القيمة { $min } على الأقل.
error-between = يجب أن تكون القيمة بين { $min } و{ $max }.
error-question-kind-unknown = صنف السؤال «{ $value }» غير معروف.
error-choices-too-few = أدخل خيارين على الأقل.
error-choices-duplicate = لا يجوز أن يتكرّر أي خيار.
error-time-zone-unknown = «{ $value }» ليست منطقة زمنية وفق IANA (مثل Africa/Tunis).
error-call-code = استخدم من 2 إلى 12 حرفًا أو رقمًا، مثل TUN.
error-closes-after-opens = يجب أن يكون الأجل الأقصى لاحقًا لتاريخ الفتح.
error-max-award-below-min = يجب ألّا تكون أكبر منحة أصغر من أصغر منحة.
error-budget-below-max-award = يجب أن تغطي الميزانية الجملية أكبر منحة على الأقل.
error-agency-unknown = اختر هيكلًا من صنف وكالة وطنية.
error-currency-locked = لا يمكن تغيير العملة بعد أن تصبح للبرنامج دعوات.
error-programme-unknown = هذا البرنامج غير موجود.
error-call-frozen = هذه الدعوة في حالة «{ $state }»: لم يعد من الممكن تغيير { $parts }، حتى يُقيَّم كل مترشّح وفق القواعد التي اطّلع عليها.
error-deadline-in-past = انتهى الأجل بالفعل.
error-call-needs-criteria = تحتاج الدعوة إلى معيار واحد على الأقل قبل فتحها.
error-tie-break-unknown = يتضمّن ترتيب الفصل بين المتعادلين معيارًا لا يوجد في الدعوة.
error-rule-invalid = هذه القاعدة غير مفهومة ({ $reason }).
error-rule-empty = هذه القاعدة فارغة بعد؛ املأها أو احذفها.
error-range-order = يجب ألّا يتجاوز الحد الأدنى الحد الأقصى.
error-prerequisite-unknown = هذا الشرط المسبق غير محدّد من قبل البرنامج.
error-prerequisite-recorded = هذا الشرط المسبق مسجّل بالفعل لهذا الهيكل.
error-prerequisite-name-unknown = لا يوجد في البرنامج شرط مسبق باسم «{ $value }».
error-date-in-future = يجب ألّا يكون التاريخ في المستقبل.
error-date-invalid = «{ $value }» ليس تاريخًا؛ اكتبه بالصيغة YYYY-MM-DD.
error-organisation-not-found = لا يوجد هيكل بالمعرّف أو الرمز الرسمي أو الاسم «{ $value }».
error-csv-unreadable = تعذّرت قراءة الملف بصيغة CSV.
error-csv-columns = يجب أن يتضمّن الملف الأعمدة { $columns }.
error-csv-row-unreadable = تعذّرت قراءة هذا السطر.
error-csv-row-failed = تعذّر تسجيل هذا السطر؛ حاول مجددًا أو سجّله يدويًا.

## Web UI: navigation to calls and programmes
nav-calls = الدعوات
nav-programmes = البرامج
nav-manage-calls = إدارة الدعوات

## Forms of calls
form-error-datetime = أدخل تاريخًا وتوقيتًا، مثل 2027-01-31 23:59.
form-error-datetime-gap = هذا التوقيت غير موجود في { $zone }: إذ تتغيّر الساعة حينها. اختر توقيتًا آخر.
form-error-on-line = السطر { $line }: { $message }
form-error-quota-line = اكتب رمز التقسيم الإداري، ثم أدنى عدد من المنح وأقصاه، مثل «TN-42 1 3».
form-error-tie-break = اكتب أرقام المعايير مفصولة بفواصل، مثل «1, 3».

## Calls: the public list
calls-title = الدعوات لتقديم المقترحات
calls-heading = الدعوات لتقديم المقترحات
calls-intro = دعوات تنشرها البرامج الوطنية موجّهة إلى الجماعات المحلية. افتح دعوة لمعرفة من يحق له الترشّح، وكيف تُقيَّم الطلبات، وما هو الأجل الأقصى.
calls-filters-label = تصفية الدعوات
calls-filter-programme = البرنامج
calls-filter-country = رمز البلد
calls-filter-status = الحالة
calls-filter-upcoming = تُفتح قريبًا
calls-filter-open = مفتوحة لتقديم الطلبات
calls-filter-past = مغلقة
calls-filter-draft = مسودة
calls-none = لا توجد دعوة تطابق عوامل التصفية هذه.

## Calls: a call's page
call-title = العنوان
call-programme = البرنامج
call-status = الحالة
call-deadline = الأجل الأقصى
call-opens = تاريخ الفتح
call-budget = الميزانية الجملية
call-awards = المنحة لكل مشروع
call-award-range = من { $min } إلى { $max }
call-slots = أقصى عدد من المشاريع المموّلة
call-min-total-score = الحد الأدنى للعدد الجملي
call-score-out-of-100 = { $score } من 100
call-quotas = المنح حسب الجهة
call-quota = { $subdivision }: { $range }
call-reference-code = الرمز المرجعي
call-status-upcoming = تُفتح قريبًا
call-status-open = مفتوحة لتقديم الطلبات
call-time-left-days = المتبقّي: { $days ->
    [one] يوم واحد
    [two] يومان
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}{ $hours ->
    [0] {""}
    [one] {" و"}ساعة واحدة
    [two] {" و"}ساعتان
    [few] {" و"}{ $hours } ساعات
    [many] {" و"}{ $hours } ساعة
   *[other] {" و"}{ $hours } ساعة
}
call-time-left-hours = المتبقّي: { $hours ->
    [one] ساعة واحدة
    [two] ساعتان
    [few] { $hours } ساعات
    [many] { $hours } ساعة
   *[other] { $hours } ساعة
}{ $minutes ->
    [0] {""}
    [one] {" و"}دقيقة واحدة
    [two] {" و"}دقيقتان
    [few] {" و"}{ $minutes } دقائق
    [many] {" و"}{ $minutes } دقيقة
   *[other] {" و"}{ $minutes } دقيقة
}
call-time-left-minutes = المتبقّي: { $minutes ->
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}
call-apply = الترشّح لهذه الدعوة
call-edit-link = تعديل هذه الدعوة
call-description-heading = حول هذه الدعوة
call-rules-heading = من يحق له الترشّح
call-rules-none = لا تضع هذه الدعوة أي قواعد للأهلية.
call-criteria-heading = معايير الانتقاء
call-criteria-intro = تُسند اللجنة عددًا لكل طلب مؤهّل وفق كل معيار. ويبيّن الوزن مدى احتساب كل معيار في العدد الجملي من 100.
call-criteria-none = لا توجد معايير بعد.
call-criterion-position = ع/ر
call-criterion-title = المعيار
call-criterion-weight = الوزن
call-criterion-share = { $share } من المجموع
call-criterion-max-score = أعلى عدد
call-criterion-min-score = الحد الأدنى للتأهّل
call-criterion-no-minimum = لا يوجد
call-criterion-guidance = ما يبحث عنه المقيّمون
call-questions-heading = أسئلة استمارة الطلب
call-questions-none = لا تتضمّن استمارة الطلب أسئلة إضافية.
call-question-required = إلزامي
call-indicators-heading = المؤشرات
call-indicators-intro = تقدّم المشاريع المموّلة تقارير عن تقدّمها وفق هذه المؤشرات.
call-indicator = { $name } ({ $unit })
state-draft = مسودة
state-open = مفتوحة
state-closed = مغلقة
state-reviewing = قيد التقييم
state-decided = تمّ البتّ فيها
state-archived = مؤرشفة
question-kind-short-text = نص قصير
question-kind-long-text = نص طويل
question-kind-number = عدد
question-kind-single-choice = اختيار واحد
question-kind-multiple-choice = اختيارات متعدّدة
question-kind-yes-no = نعم أو لا
question-kind-document = وثيقة للإرفاق
question-limit-length = { $max ->
    [one] حرف واحد
    [two] حرفان
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
} على الأكثر
question-limit-number = عدد { $range }
rule-applicant-kinds = يجب أن يكون المترشّحون: { $kinds }.
rule-population = يجب أن يكون عدد سكان المترشّح { $range }.
rule-location = يجب أن يكون المترشّحون موجودين في: { $places }.
rule-prerequisites = يجب أن يكون مسجّلًا لدى المترشّحين: { $required }.
rule-consortium = يجب أن يصدر الطلب عن ائتلاف يضمّ { $minimums }.
rule-consortium-minimum = { $kind } ({ $minimum } على الأقل)
rule-requested-amount = يجب أن يكون المبلغ المطلوب { $range }.
rule-cofunding = يجب ألّا يقلّ التمويل المشترك عن { $share } من الميزانية الجملية للمشروع.

## Managers: calls
manage-calls-title = إدارة الدعوات
manage-calls-heading = إدارة الدعوات
manage-calls-new-heading = دعوة جديدة
manage-calls-new-intro = تبدأ كل دعوة جديدة كمسودة لا يطّلع عليها إلا المديرون. أضف معاييرها وقواعدها وأسئلتها في المحرّر، ثم افتحها.
manage-calls-no-programme = أنشئ برنامجًا أولًا: كل دعوة تنتمي إلى برنامج.
manage-calls-create = إنشاء المسودة
editor-programme = البرنامج
editor-code = الرمز المرجعي
editor-code-hint = من 2 إلى 12 حرفًا أو رقمًا، يُستخدم في أرقام الطلبات: الرمز TUN يعطي TUN-2027-0007.
editor-title = العنوان
editor-description = الوصف
editor-description-hint = نص عادي؛ اترك سطرًا فارغًا بين الفقرات.
editor-time-zone = المنطقة الزمنية
editor-time-zone-hint = اسم المنطقة الزمنية للجهة وفق IANA، مثل Africa/Tunis أو Europe/Berlin أو America/Argentina/Buenos_Aires.
editor-opens-at = تاريخ الفتح
editor-closes-at = الأجل الأقصى
editor-dates-hint = التاريخ والتوقيت حسب المنطقة الزمنية للدعوة ({ $zone }).
editor-dates-hint-new = التاريخ والتوقيت حسب المنطقة الزمنية أعلاه.
editor-total-budget = الميزانية الجملية
editor-money-hint = بعملة البرنامج، مثل 500000 أو 12500.50.
editor-min-award = أصغر منحة
editor-max-award = أكبر منحة
editor-max-awards = أقصى عدد من المشاريع المموّلة
editor-max-awards-hint = عدد المنح (المقاعد).
editor-min-reviews = عدد التقييمات لكل طلب
editor-min-reviews-hint = عدد التقييمات التي يحتاجها الطلب قبل إدراجه في الترتيب.
editor-min-total-score = الحد الأدنى للعدد الجملي (اختياري)
editor-min-total-score-hint = من 0 إلى 100. لا تُموَّل الطلبات التي تقلّ عنه.
editor-tie-break = ترتيب الفصل بين المتعادلين (اختياري)
editor-tie-break-hint = أرقام المعايير التي يُفصل بها بين المتعادلين، بالترتيب، مثل «1, 3».
editor-quotas = المنح حسب الجهة (اختياري)
editor-quotas-hint = جهة واحدة في كل سطر: رمزها وفق ISO 3166-2، ثم أدنى عدد من المنح وأقصاه، مثل «TN-42 1 3». اكتب «-» إذا لم يكن هناك حدّ.
editor-reporting-cadence = عدد الأشهر بين تقارير التقدّم (اختياري)
editor-reporting-cadence-hint = اتركه فارغًا لاستخدام القيمة الافتراضية للبرنامج.
editor-public-page = عرض الصفحة العمومية
editor-frozen-notice = فُتحت هذه الدعوة: أصبحت معاييرها وأوزانها وأسئلتها وقواعد الأهلية فيها ثابتة، حتى يُقيَّم كل مترشّح وفق القواعد التي اطّلع عليها.
call-part-criteria = المعايير
call-part-questions = الأسئلة
call-part-eligibility-rules = قواعد الأهلية
call-part-code = الرمز المرجعي
call-part-opens-at = تاريخ الفتح
call-part-total-budget = الميزانية الجملية
call-part-min-award = أصغر منحة
call-part-max-award = أكبر منحة
call-part-max-awards = عدد المنح
call-part-min-reviews = عدد التقييمات لكل طلب
call-part-min-total-score = الحد الأدنى للعدد الجملي
call-part-tie-break = ترتيب الفصل بين المتعادلين
call-part-quotas = المنح حسب الجهة
editor-sections-label = أقسام الدعوة
editor-details-heading = التفاصيل
editor-details-frozen = بعد فتح الدعوة، لا يمكن تغيير سوى عنوانها ووصفها وأجلها الأقصى ومنطقتها الزمنية ووتيرة التقارير؛ أما بقية الحقول فهي للقراءة فقط.
editor-details-save = حفظ التفاصيل
editor-section-frozen = ثابت منذ فتح الدعوة.
editor-criteria-intro = يُسند لكل معيار عدد من 0 إلى أعلى عدد له؛ ويبيّن وزنه مدى احتسابه. املأ سطرًا فارغًا لإضافة معيار؛ وحدّد «حذف» لإزالة معيار.
editor-criteria-save = حفظ المعايير
editor-criterion-cell = المعيار { $number }: { $column }
editor-remove = حذف
editor-rules-heading = قواعد الأهلية
editor-rules-intro = املأ فقط القواعد التي تحتاجها هذه الدعوة؛ القسم الفارغ لا يضع أي قاعدة. يطّلع المترشّحون على كل قاعدة بعبارات بسيطة، وعلى مدى استيفائهم لها.
editor-rules-hidden = تتضمّن هذه الدعوة قواعد من صنف واحد أكثر مما يمكن لهذه الاستمارة عرضه. حفظ الاستمارة يستبدلها بما هو معروض هنا.
editor-rules-save = حفظ القواعد
editor-rule-kinds = يجب أن يكون المترشّحون
editor-rule-population-min = أدنى عدد للسكان
editor-rule-population-max = أقصى عدد للسكان
editor-rule-countries = البلدان
editor-rule-countries-hint = رموز البلدان وفق ISO مفصولة بفواصل، مثل TN, AR.
editor-rule-subdivisions = الجهات
editor-rule-subdivisions-hint = رموز وفق ISO 3166-2 مفصولة بفواصل، مثل TN-11, AR-B.
editor-rule-prerequisites = الشروط المسبقة المطلوبة
editor-rule-no-prerequisites = لم يحدّد البرنامج أي شروط مسبقة بعد. حدّدها في صفحة البرنامج:
editor-rule-consortium = الائتلاف
editor-rule-consortium-hint = أدنى عدد من الأعضاء من كل صنف، بما في ذلك المترشّح الرئيسي. اتركه فارغًا إن لم يكن هناك حدّ.
editor-rule-consortium-kind = { $kind }: على الأقل
editor-rule-amount = يجب أن يكون المبلغ المطلوب ضمن حدود المنح
editor-rule-amount-hint = حاليًا { $range }. احفظ القواعد من جديد بعد تغيير الحدود.
editor-rule-cofunding = الحد الأدنى للتمويل المشترك (%)
editor-rule-cofunding-hint = الحصة من الميزانية الجملية للمشروع التي يجب أن يموّلها المترشّح، من 0 إلى 100.
editor-questions-heading = أسئلة استمارة الطلب
editor-questions-intro = أسئلة يجيب عنها كل مترشّح إلى جانب الأسئلة المعتادة. املأ خانة فارغة لإضافة سؤال.
editor-questions-save = حفظ الأسئلة
editor-question-legend = السؤال { $number }
editor-question-cell = السؤال { $number }: { $column }
editor-question-prompt = السؤال
editor-question-help = المساعدة
editor-question-kind = صنف الإجابة
editor-question-max-length = أطول إجابة
editor-question-max-length-hint = للإجابات النصية: أقصى عدد من الحروف المسموح به.
editor-question-min-number = أصغر عدد
editor-question-max-number = أكبر عدد
editor-question-choices = الخيارات
editor-question-choices-hint = لأسئلة الاختيار: خيار واحد في كل سطر.
editor-indicators-intro = ستقدّم المشاريع المموّلة تقارير وفق هذه المؤشرات؛ ويمكن تغييرها إلى حين البتّ في النتائج.
editor-indicators-save = حفظ المؤشرات
editor-indicator-cell = المؤشر { $number }: { $column }
editor-indicator-name = المؤشر
editor-indicator-unit = الوحدة
editor-lifecycle-heading = الحالة
editor-lifecycle-state = حالة الدعوة: { $state }.
editor-lifecycle-none = لم يعد هناك ما يمكن القيام به لهذه الدعوة هنا.
editor-action-open = فتح الدعوة
editor-action-close = غلق الدعوة
editor-action-start-review = بدء التقييم
editor-confirm-open-heading = فتح «{ $title }» لتقديم الطلبات؟
editor-confirm-close-heading = غلق «{ $title }»؟
editor-confirm-start-review-heading = بدء تقييم «{ $title }»؟
editor-confirm-open-frozen = بعد الفتح، تصبح المعايير والأوزان والأسئلة وقواعد الأهلية ثابتة: لا يمكن تغييرها بعد ذلك، حتى يُقيَّم كل مترشّح وفق القواعد التي اطّلع عليها.
editor-confirm-open-public = تصبح الدعوة عمومية. تُقبل الطلبات من { $opens } إلى غاية { $deadline }.
editor-confirm-open-details = تصبح كذلك ثابتة: الميزانية وحدود المنح والمقاعد والعتبات وترتيب الفصل بين المتعادلين والحصص الجهوية؛ أما العنوان والوصف والأجل الأقصى والمنطقة الزمنية فيمكن تغييرها.
editor-confirm-close-early = لن تُقبل أي طلبات أخرى، حتى وإن لم يحلّ الأجل الأقصى ({ $deadline }) بعد.
editor-confirm-start-review-committee = تبدأ لجنة الانتقاء في إسناد الأعداد للطلبات.
editor-confirm-final = لا يمكن التراجع عن هذا الإجراء.
editor-confirm-cancel = إلغاء
editor-confirm-back = العودة إلى الدعوة
editor-clone-heading = الدورة التالية
editor-clone-intro = ابدأ الدورة التالية من هذه الدعوة: مسودة جديدة بنفس التفاصيل والمعايير والأسئلة والقواعد والمؤشرات، وبالتواريخ أدناه.
editor-clone-submit = إنشاء الدورة التالية

## Managers: programmes
programmes-title = البرامج
programmes-heading = البرامج
programmes-intro = البرامج الوطنية ودعواتها. ينتمي كل برنامج إلى وكالة وطنية وله عملة واحدة لجميع مبالغه.
programmes-none = لا توجد برامج بعد.
programmes-new-heading = برنامج جديد
programmes-no-agency = لا توجد أي وكالة وطنية مسجّلة بعد. يجب أن ينتمي كل برنامج إلى هيكل من صنف وكالة وطنية، لذا سجّل الوكالة أولًا.
programmes-no-agency-link = تسجيل وكالة وطنية
programmes-create = إنشاء البرنامج
programme-name = الاسم
programme-description = الوصف
programme-agency = الوكالة الوطنية
programme-currency = العملة
programme-currency-hint = الرمز وفق ISO 4217، مثل TND أو EUR أو ARS.
programme-currency-locked-hint = الرمز وفق ISO 4217. لا يمكن تغييره بعد أن تصبح للبرنامج دعوات.
programme-cadence = وتيرة التقارير
programme-cadence-hint = عدد الأشهر بين تقارير التقدّم للمشاريع المموّلة، من 1 إلى 24؛ ويمكن لكل دعوة أن تحدّد وتيرتها الخاصة.
programme-cadence-months = كل { $months ->
    [one] شهر
    [two] شهرين
    [few] { $months } أشهر
    [many] { $months } شهرًا
   *[other] { $months } شهر
}
programme-edit-heading = تعديل البرنامج
programme-save = حفظ البرنامج
programme-calls-link = دعوات هذا البرنامج
prerequisites-heading = الشروط المسبقة
prerequisites-intro = وقائع تخصّ الهيكل يمكن للدعوات اشتراطها، مثل إتمام دورة تكوينية أو المصادقة على إعلان. سجّلها واحدًا تلو الآخر أو استوردها دفعة واحدة.
prerequisites-none = لم تُحدَّد أي شروط مسبقة بعد.
prerequisite-kind-name = الشرط المسبق
prerequisite-kind-name-hint = مثل «إتمام الدورة التكوينية حول الحكومة المفتوحة».
prerequisite-kind-description = ما يُعتبر استيفاءً للشرط
prerequisite-kind-new-heading = تحديد شرط مسبق
prerequisite-kind-create = تحديد الشرط المسبق
prerequisite-record-heading = تسجيل شرط مسبق
prerequisite-record-organisation = الهيكل
prerequisite-record-organisation-ref = أو معرّف الهيكل
prerequisite-record-organisation-ref-hint = إذا لم يكن الهيكل ضمن القائمة، فألصق معرّفه هنا.
prerequisite-record-kind = الشرط المسبق
prerequisite-record-date = تاريخ الاستيفاء
prerequisite-record-date-hint = مثل 2026-03-01.
prerequisite-record-evidence = الإثبات
prerequisite-record-evidence-hint = مثل رقم شهادة أو مداولة للمجلس البلدي.
prerequisite-record-submit = تسجيل
prerequisite-import-heading = الاستيراد من ملف CSV
prerequisite-import-intro = ألصق نصًّا بصيغة CSV يتضمّن سطره الأول أسماء الأعمدة:
prerequisite-import-columns = يُحدَّد الهيكل بمعرّفه أو برمزه الرسمي أو باسمه الدقيق إذا لم يحمله هيكل آخر؛ والشرط المسبق باسمه كما حُدّد أعلاه؛ وتُكتب التواريخ بالصيغة YYYY-MM-DD.
prerequisite-import-csv = نص CSV
prerequisite-import-csv-hint = تُسجَّل الأسطر السليمة وتُرفض الأخرى؛ وتحصل على تقرير عن كل سطر.
prerequisite-import-submit = استيراد
prerequisite-import-report-heading = تقرير الاستيراد
prerequisite-import-recorded = { $count ->
    [zero] لم يُسجَّل أي سطر.
    [one] تمّ تسجيل سطر واحد.
    [two] تمّ تسجيل سطرين.
    [few] تمّ تسجيل { $count } أسطر.
    [many] تمّ تسجيل { $count } سطرًا.
   *[other] تمّ تسجيل { $count } سطر.
}
prerequisite-import-refused = { $count ->
    [zero] لم يُرفض أي سطر.
    [one] تمّ رفض سطر واحد.
    [two] تمّ رفض سطرين.
    [few] تمّ رفض { $count } أسطر.
    [many] تمّ رفض { $count } سطرًا.
   *[other] تمّ رفض { $count } سطر.
}
prerequisite-import-line = السطر
prerequisite-import-outcome = النتيجة
prerequisite-import-reason = السبب
prerequisite-import-row-recorded = مسجّل
prerequisite-import-row-refused = مرفوض

## One-time notices about programmes and calls
flash-programme-created = تمّ إنشاء البرنامج.
flash-programme-saved = تمّ حفظ البرنامج.
flash-prerequisite-kind-created = تمّ تحديد الشرط المسبق.
flash-prerequisite-recorded = تمّ تسجيل الشرط المسبق.
flash-call-created = تمّ إنشاء مسودة الدعوة. أضف معاييرها وقواعدها وأسئلتها، ثم افتحها.
flash-call-details-saved = تمّ حفظ التفاصيل.
flash-call-criteria-saved = تمّ حفظ المعايير.
flash-call-eligibility-saved = تمّ حفظ قواعد الأهلية.
flash-call-questions-saved = تمّ حفظ الأسئلة.
flash-call-indicators-saved = تمّ حفظ المؤشرات.
flash-call-opened = الدعوة مفتوحة.
flash-call-closed = الدعوة مغلقة.
flash-call-review-started = انطلق التقييم.
flash-call-cloned = تمّ إنشاء الدورة التالية كمسودة.

## Applications: validation and checklist (domain messages)
error-at-most = يجب ألّا تتجاوز القيمة { $max }.
error-too-many = عدد العناصر: { $max } على الأكثر.
error-money-zero = يجب أن يكون المبلغ أكبر من صفر.
error-question-unknown = هذا السؤال ليس جزءًا من الدعوة.
error-choice-unknown = «{ $value }» ليس من بين الخيارات.
error-yes-no = أجب بنعم أو لا.
error-answer-is-document = يُجاب عن هذا السؤال بإرفاق وثيقة.
error-question-not-document = لا يطلب هذا السؤال أي وثيقة.
error-incomplete = ينقص: { $item }
error-attachment-empty = الملف فارغ.
error-attachment-unreadable = تعذّرت قراءة الملف المرفوع ({ $reason }).
error-attachment-too-large = يتجاوز حجم الملف { $max }.
error-attachment-type = هذا الصنف من الملفات غير مقبول (تمّ رصد { $detected }). الأصناف المقبولة: { $accepted }.
error-attachment-disguised = اسم «{ $name }» يوحي بصنف آخر من الملفات، لكنه يحتوي على { $detected }.
error-attachment-limit = عدد المرفقات لكل طلب: { $max } على الأكثر.
error-call-not-open = لا تقبل هذه الدعوة طلبات.
error-application-exists = بدأ هيكلك بالفعل طلبًا لهذه الدعوة.
error-application-locked = لم يعد من الممكن تغيير الطلب (الحالة: { $state }).
error-partner-is-lead = لا يمكن للهيكل الرئيسي أن يكون شريكًا لنفسه.
error-partner-duplicate = هذا الهيكل شريك بالفعل.
error-partner-registered = يوجد هيكل مسجّل بهذا الاسم في هذا البلد: ابحث عنه بالاسم وأضفه بدلًا من ذلك.
error-partner-kind = لا يمكن لوكالة وطنية أن تكون شريكًا.
error-organisation-unverified = لم يتحقّق البرنامج من هيكلك بعد؛ ويجب أن يتمّ ذلك قبل أن تتمكّن من التقديم.
error-screening-reason = اذكر سبب عدم أهلية الطلب؛ وسيطّلع عليه المترشّح.
error-call-decided = تمّ البتّ في الدعوة؛ ولم يعد من الممكن تغيير نتيجة الفرز.
checklist-title = عنوان المشروع
checklist-summary = ملخّص
checklist-problem = المشكلة التي يعالجها المشروع النموذجي
checklist-objectives = الأهداف
checklist-participation-plan = خطة مشاركة المواطنين
checklist-budget = بند واحد على الأقل في الميزانية
checklist-answer = إجابة عن «{ $question }»
checklist-document = وثيقة لـ«{ $question }»

## Web UI: applications
nav-applications = طلباتي
form-saved-meanwhile = ما تمّ حفظه في الأثناء:
flash-application-started = بدأ طلبك. املأه واحفظه كلما شئت؛ وقدّمه قبل الأجل الأقصى.
flash-application-saved = تمّ حفظ المسودة.
flash-application-submitted = تمّ تقديم طلبك. هذا وصل الإيداع الخاص بك.
flash-application-withdrawn = تمّ سحب الطلب.
flash-application-screened = تمّ حفظ قرار الفرز.
flash-partner-added = تمّت إضافة الشريك.
flash-partner-registered = تمّ تسجيل الشريك وإضافته.
flash-partner-removed = تمّت إزالة الشريك.
flash-attachment-added = تمّ إرفاق الملف.
flash-attachment-removed = تمّت إزالة الملف.
apply-title = الترشّح لـ«{ $call }»
apply-intro = يؤدّي بدء الطلب إلى إنشاء مسودة لهيكلك. يمكن لزملائك العمل عليها معك؛ ولا يُرسل أي شيء إلى البرنامج قبل أن تقدّمه.
apply-start = بدء طلب
apply-back = العودة إلى الدعوة
applications-title = طلباتي
applications-none = لم يبدأ هيكلك أي طلب بعد.
applications-find-calls = البحث عن دعوة مفتوحة
applications-next-step = الخطوة التالية
application-state-draft = مسودة
application-state-submitted = مقدَّم
application-state-eligible = مؤهّل
application-state-ineligible = غير مؤهّل
application-state-selected = مقبول
application-state-waitlisted = على قائمة الانتظار
application-state-not-selected = غير مقبول
application-state-withdrawn = مسحوب
next-step-complete-and-submit = أكمل الطلب وقدّمه قبل الأجل الأقصى.
next-step-deadline-missed = انتهى الأجل الأقصى قبل تقديم الطلب.
next-step-await-screening = انتظر إلى أن يتحقّق البرنامج من أهلية الطلب.
next-step-await-results = مؤهّل: انتظر أعداد اللجنة والنتائج.
next-step-read-screening = اطّلع على سبب اعتبار الطلب غير مؤهّل.
next-step-nothing = لا شيء للقيام به.
application-project = المشروع
application-call = الدعوة
application-state = الحالة
application-reference = المرجع
application-requested = المبلغ المطلوب
application-no-reference = لم يُقدَّم بعد
application-untitled = طلب دون عنوان
application-lead = الهيكل الرئيسي
application-subdivision = التقسيم الإداري
application-submitted-at = تاريخ التقديم
application-receipt-link = عرض وصل التقديم
application-sections-label = أقسام الطلب
application-unverified = لم يتحقّق مدير البرنامج من { $organisation } بعد. يمكنك إعداد الطلب، لكن لا يمكن تقديمه إلا بعد التحقّق من الهيكل.
application-deadline-missed = انتهى الأجل الأقصى قبل تقديم هذا الطلب. لم يعد من الممكن تغييره أو تقديمه.
application-stale-notice = حفظ شخص آخر هذا الطلب أثناء تعديلك له. لم يضع شيء مما كتبته: نسختك معروضة أدناه، وحيثما تختلف النسخة المحفوظة تظهر تحت الحقل. راجع تلك الحقول واحفظ من جديد للإبقاء على نسختك.
application-content-heading = الطلب
application-content-intro = احفظ المسودة كلما شئت. لا يُعتدّ إلا بما تمّ حفظه، ولا يُرسل الطلب إلى البرنامج إلا عند تقديمه.
application-project-legend = المشروع
application-title = عنوان المشروع
application-summary = الملخّص
application-summary-hint = بضع جمل تبيّن ما سيقوم به المشروع النموذجي.
application-problem = المشكلة التي يعالجها المشروع النموذجي
application-objectives = الأهداف
application-participation-plan = خطة مشاركة المواطنين
application-participation-plan-hint = من يشارك، وكيف، وكيف تؤثّر مساهماتهم في القرارات.
application-questions-legend = أسئلة الدعوة
application-optional = { $label } (اختياري)
application-answer-yes = نعم
application-answer-no = لا
application-not-answered = دون إجابة
application-documents-elsewhere = الأسئلة التي يُجاب عنها بوثيقة موجودة في قسم المرفقات.
application-budget = الميزانية
application-budget-hint = سطر واحد لكل بند، والمبالغ بعملة { $currency }. تُتجاهل الأسطر الفارغة؛ والمبلغ المطلوب هو مجموع الأسطر.
application-budget-category = الصنف
application-budget-description = الوصف
application-budget-amount = المبلغ
application-budget-cell = بند الميزانية { $number }: { $column }
application-budget-line-saved = { $category } ({ $description }): { $amount }
application-budget-none = لا توجد بنود في الميزانية.
application-co-funding = التمويل المشترك
application-co-funding-hint = ما يساهم به هيكلك بنفسه، بعملة الدعوة. اتركه فارغًا إن لم تكن هناك مساهمة.
application-saved-empty = (فارغ)
application-save = حفظ المسودة
application-partners-heading = الشركاء
application-partners-none = لا يوجد شركاء بعد.
application-partner-organisation = الهيكل
application-partner-role = الدور في المشروع
application-partner-role-hint = مثلًا: ينشّط المجالس المواطنية.
application-partner-role-of = دور { $name } في المشروع
application-partner-add-heading = إضافة شريك
application-partner-search = اسم الهيكل
application-partner-search-hint = اكتب حرفين على الأقل من الاسم.
application-partner-search-submit = بحث
application-partner-search-none = لا يوجد هيكل بهذا الاسم. سجّله أدناه إن لم يكن له حساب.
application-partner-candidates = الهياكل التي تمّ العثور عليها
application-partner-add = إضافة كشريك
application-partner-register-heading = تسجيل شريك ليس له حساب
application-partner-register-intro = غالبًا ما لا يكون لشركاء المجتمع المدني حساب على Convoca. سجّلهم هنا؛ ويتحقّق منهم مدير البرنامج لاحقًا.
application-partner-register = تسجيل وإضافة كشريك
application-attachments-heading = المرفقات
application-attachments-none = لا توجد ملفات مرفقة.
application-documents-heading = الوثائق التي تطلبها الدعوة
application-document-attached = مرفقة
application-document-missing = ناقصة
application-document-optional = (اختيارية)
application-attachment-name = الملف
application-attachment-size = الحجم
application-attachment-type = النوع
application-attachment-answers = يجيب عن
application-attachment-upload-heading = إرفاق ملف
application-attachment-file = الملف
application-attachment-hint = 10 MiB على الأكثر. الأنواع المقبولة: { $types }.
application-attachment-question = يجيب عن السؤال
application-attachment-question-hint = اختر سؤال الوثيقة الذي يجيب عنه هذا الملف، إن وُجد.
application-attachment-upload = إرفاق الملف
application-attachment-none = اختر ملفًا لإرفاقه.
application-eligibility-heading = الأهلية واكتمال الملف
application-eligibility-intro = يُعاد التحقّق في كل مرة يتغيّر فيها الطلب. لا يمكن تقديم الطلب إلا عند استيفاء جميع القواعد وعدم نقص أي عنصر.
application-eligibility-none = لا تتضمّن هذه الدعوة قواعد للأهلية.
application-check-pass = مستوفاة
application-check-fail = غير مستوفاة
application-check-done = تمّ
application-check-missing = ناقص
application-checklist-heading = ما يحتاجه الطلب
application-submit-heading = التقديم
application-submit-intro = بعد التقديم، يُقفل الطلب ويُرسل إلى البرنامج برقم مرجعي. الأجل الأقصى هو { $deadline }.
application-submit = تقديم الطلب
application-withdraw-heading = السحب
application-withdraw-confirm = يؤدّي السحب إلى إخراج الطلب من الدعوة نهائيًا؛ ولا يمكن تقديمه من جديد. يمكنك السحب إلى غاية الأجل الأقصى ({ $deadline }).
application-withdraw = سحب الطلب
application-screening-heading = الفرز
application-screening-outcome-is = اعتبر البرنامج الطلب: { $state }.
application-screening-intro = قرّر ما إذا كان الطلب يستوفي قواعد الأهلية في الدعوة. يطّلع المترشّح على النتيجة وسببها.
application-screening-outcome = النتيجة
application-screening-eligible = مؤهّل
application-screening-ineligible = غير مؤهّل
application-screening-reason = السبب
application-screening-reason-hint = إلزامي في حالة عدم الأهلية. سيطّلع عليه المترشّح.
application-screening-save = حفظ قرار الفرز
attachment-size-bytes = { $size } بايت
attachment-size-kib = { $size } KiB
attachment-size-mib = { $size } MiB
receipt-title = الوصل { $reference }
receipt-back = العودة إلى الطلب
receipt-heading = وصل التقديم
receipt-intro = تسلّم البرنامج هذا الطلب. اذكر المرجع في كل مراسلة.
receipt-partner = { $name } ({ $role })
receipt-fingerprint = البصمة SHA-256
receipt-print-hint = اطبع هذه الصفحة أو احفظها بصيغة PDF للاحتفاظ بها.
manage-applications-title = الطلبات المقدَّمة لـ«{ $call }»
manage-applications-filters = تصفية الطلبات
manage-applications-search = المرجع أو العنوان أو الهيكل
manage-applications-csv = التنزيل بصيغة CSV
manage-applications-link = الطلبات

## Committees (domain messages)
error-sector-unknown = القطاع «{ $value }» غير معروف.
error-member-role-unknown = الدور «{ $value }» في اللجنة غير معروف.
error-shares-over-100 = مجموع الحصص الدنيا يتجاوز 100%.
error-member-not-reviewer = لا يمكن أن يكون عضوًا في اللجنة إلا المستخدمون النشطون الذين لهم دور المقيّم.
error-member-duplicate = هذا الشخص عضو في اللجنة بالفعل.
error-rule-type-unknown = صنف القاعدة «{ $value }» غير معروف.
committee-no-voting-members = لا يوجد في اللجنة أعضاء لهم حق التصويت.
committee-one-chair = للجنة رئيس واحد.
committee-parity-fail = يقتضي التناصف أن يكون عدد الأعضاء المصوّتين من المجتمع المدني مساويًا لعدد الأعضاء المصوّتين من الحكومة (عضو واحد على الأقل لكل منهما)؛ ويوجد حاليًا { $civil_society } من المجتمع المدني و{ $government } من الحكومة.
committee-share-fail = { $sector }: { $count } من أصل { $total } من الأعضاء المصوّتين، أي أقل من الحد الأدنى البالغ { $min_percent }.
sector-government = الحكومة
sector-civil-society = المجتمع المدني
sector-academia = الأوساط الجامعية
sector-private = القطاع الخاص
sector-local-government-association = جمعية الجماعات المحلية
sector-international = منظمة دولية

## Conflicts, assignments and reviews (domain messages)
error-conflict-kind-unknown = صنف تضارب المصالح «{ $value }» غير معروف؛ اختر: مؤسسي، أو شخصي، أو مالي، أو آخر.
error-conflict-note-required = بيّن طبيعة المصلحة.
error-conflict-exists = يوجد بالفعل تضارب مصالح مسجّل باسمك بشأن هذا الطلب.
error-conflict-scoring-closed = أُغلق إسناد الأعداد في هذه الدعوة: التصريح بتضارب مصالح الآن من شأنه أن يغيّر الأعداد. أبلغ مديري البرنامج، الذين يمكنهم تجاوز القرار بتعليل كتابي.
error-conflict-own = لا يمكنك البتّ في تضارب المصالح الخاص بك؛ يبتّ فيه مدير أو رئيس اللجنة.
error-conflict-decision-unknown = القرار «{ $value }» غير معروف؛ اختر التأكيد أو التجاوز.
error-conflict-reason-required = اذكر سبب القرار؛ إذ يُسجَّل في سجل التدقيق.
error-conflict-automatic = ينشأ تضارب المصالح هذا عن مشاركة هيكل العضو في الطلب؛ ولا يمكن تجاوزه.
error-assignment-call-state = يتمّ إسناد الطلبات بعد غلق الدعوة وقبل البتّ فيها.
error-assignment-application-unknown = هذا الطلب ليس جزءًا من الدعوة.
error-assignment-not-eligible = لا تُقيَّم إلا الطلبات التي اعتُبرت مؤهّلة عند الفرز.
error-assignment-not-member = هذا الشخص ليس عضوًا في لجنة الدعوة.
error-assignment-observer = لا يُسند الملاحظون أعدادًا، لذا لا تُسند إليهم الطلبات.
error-assignment-conflicted = لهذا العضو تضارب مصالح بشأن الطلب.
error-assignment-duplicate = أُسند هذا الطلب إلى هذا العضو بالفعل.
error-assignment-reviewed = قدّم هذا العضو تقييمه؛ لذا يبقى الإسناد قائمًا.
error-review-observer = لا يُسند الملاحظون أعدادًا للطلبات.
error-review-not-assigned = لم يُسند إليك تقييم هذا الطلب.
error-review-final = تمّ البتّ في الدعوة؛ والتقييمات نهائية.
error-review-not-started = لم يبدأ التقييم في هذه الدعوة بعد.
error-review-blind = تبقى التقييمات الأخرى مخفية إلى أن تقدّم تقييمك.
error-recommendation-unknown = التوصية «{ $value }» غير معروفة؛ اختر: تمويل، أو تمويل مع تعديلات، أو عدم التمويل.
error-recommendation-required = اختر توصية.
error-score-criterion-unknown = هذا المعيار ليس من معايير الدعوة.
error-score-criterion-duplicate = أُسند عدد لـ«{ $criterion }» مرتين.
error-score-range = يجب أن يكون العدد المسند لـ«{ $criterion }» عددًا صحيحًا من 0 إلى { $max }.
error-score-missing = أسند عددًا لـ«{ $criterion }».
assignment-too-few-reviewers = { $reference }: عدد المقيّمين المطلوب { $needed }، لكن عدد أعضاء اللجنة الذين يمكنهم تقييمه دون تضارب مصالح لا يتجاوز { $available }.
assignment-no-sector = { $reference }: لجميع أعضاء { $sector ->
    [government] الحكومة
    [civil_society] المجتمع المدني
   *[other] { $sector }
} تضارب مصالح بشأنه، لذا لا يوجد له أي مقيّم من هذا القطاع.
recommendation-fund = تمويل
recommendation-fund-with-changes = تمويل مع تعديلات
recommendation-do-not-fund = عدم التمويل

## Reviewers' pages: My reviews, the score sheet, conflicts, the committee on the call page
reviews-page-nav = التقييمات
reviews-page-title = تقييماتي
reviews-page-intro = الطلبات المسندة إليك للتقييم. احفظ بطاقة التقييم كمسودة كلما شئت، وقدّمها قبل الأجل الأقصى للتقييم.
reviews-page-none = ليست لديك طلبات لتقييمها.
reviews-page-state = التقييم
reviews-page-progress-heading = التقدّم
reviews-page-deadline = أجل التقييمات
reviews-page-no-deadline = لم يُحدَّد أجل
reviews-page-state-not-started = لم يبدأ
reviews-page-state-draft = مسودة
reviews-page-state-submitted = مقدَّم
reviews-page-progress = المعايير التي أُسندت لها أعداد: { $scored } من أصل { $total }
flash-reviews-page-conflict-declared = تمّ تسجيل تضارب المصالح الخاص بك. لم تعد تقيّم ذلك الطلب.
flash-review-page-saved = تمّ حفظ مسودة تقييمك.
flash-review-page-submitted = تمّ تقديم تقييمك.
flash-review-page-revised = تمّ حفظ تقييمك المراجَع وتسجيل المراجعة.
review-page-sections-label = أقسام الصفحة
review-page-application-heading = الطلب كما قُدِّم
review-page-partners-none = لا يوجد شركاء.
review-page-sheet-heading = بطاقة التقييم
review-page-sheet-intro = أسند لكل معيار عددًا من 0 إلى أعلى عدد له وعلّل عددك. يمكن أن تكون المسودة غير مكتملة؛ أما للتقديم، فأسند عددًا لكل معيار واختر توصية.
review-page-revision-intro = تمّ تقديم تقييمك. لا يزال بإمكانك مراجعته ما دامت اللجنة في طور التقييم.
review-page-revision-note = تُسجَّل المراجعات في سجل التدقيق مع ما تغيّر.
review-page-criterion-legend = { $position }. { $title }
review-page-scale = الوزن { $weight } ({ $share } من المجموع). العدد من 0 إلى { $max }.
review-page-score = العدد
review-page-comment = التعليق
review-page-score-of = { $criterion }: العدد
review-page-comment-of = { $criterion }: التعليق
review-page-score-out-of = { $score } من { $max }
review-page-overall-legend = التقييم العام
review-page-overall-comment = التعليق العام
review-page-recommendation = التوصية
review-page-not-given = غير مُسند
review-page-save-draft = حفظ المسودة
review-page-submit = تقديم التقييم
review-page-save-revision = حفظ المراجعة
review-page-saved-empty = (فارغ)
review-page-stale = حُفظ تقييمك في الأثناء، ربما في علامة تبويب أخرى. لم يضع شيء مما كتبته: نسختك معروضة أدناه، وحيثما تختلف النسخة المحفوظة تظهر تحت الحقل. راجع تلك الحقول واحفظ من جديد للإبقاء على نسختك.
review-page-others-heading = تقييمات الأعضاء الآخرين
review-page-others-blind = تظهر تقييمات الأعضاء الآخرين هنا بعد أن تقدّم تقييمك.
review-page-others-none = لم يقدّم أي عضو آخر تقييمه بعد.
review-page-others-caption = الأعداد التي أسندها { $reviewer }
review-page-submitted-at = قُدِّم { $at }
review-page-conflict-heading = التصريح بتضارب مصالح
review-page-conflict-intro = إذا كانت لك أو لعائلتك أو لهيكلك مصلحة في هذا الطلب، فصرّح بها. لن تتمكّن بعد ذلك من الاطلاع على الطلب أو إسناد عدد له؛ ويتولّى رئيس اللجنة أو مدير دراسة التصريح.
review-page-conflict-kind = صنف المصلحة
review-page-conflict-note = طبيعة المصلحة
review-page-conflict-note-hint = مثلًا: تعمل أختي في البلدية.
review-page-conflict-declare = التصريح بتضارب المصالح
call-committee-heading = لجنة الانتقاء
call-committee-intro = الأعضاء الذين يُسندون الأعداد للطلبات المقدَّمة في هذه الدعوة.
call-committee-name = الاسم
call-committee-sector = القطاع
call-committee-role = الدور
call-lottery-heading = القرعة
call-lottery-intro = يُفصل بالقرعة في حالات التعادل التام المتبقية بعد تطبيق معايير الفصل بين المتعادلين. سُحبت بذرتها عند بدء التقييم وتبقى سرّية إلى غاية غلق إسناد الأعداد؛ وتجد أدناه التزامها وفق SHA-256. تُنشر البذرة مع النتائج، ويمكن لأي شخص التحقّق من تطابقها.

## Managers' committee page and the reviewing page (managers and the committee's chair)
committee-page-link = اللجنة
committee-page-title = لجنة الانتقاء: { $call }
committee-page-composition-heading = التركيبة
committee-page-composition-fine = تستوفي تركيبة اللجنة قاعدتها: يمكن بدء التقييم.
committee-page-problems-intro = ما ينقص قبل أن يبدأ التقييم:
committee-page-members-heading = الأعضاء
committee-page-no-members = لا يوجد أي عضو في اللجنة بعد.
committee-page-name = الاسم
committee-page-sector = القطاع
committee-page-role = الدور
committee-page-actions = الإجراءات
committee-role-chair = رئيس
committee-role-member = عضو
committee-role-observer = ملاحظ (لا يُسند أعدادًا)
committee-page-remove = إزالة
committee-page-add-heading = إضافة عضو
committee-page-reviewer = المقيّم
committee-page-no-reviewers = جميع المقيّمين النشطين أعضاء في اللجنة بالفعل، أو لا أحد لديه دور المقيّم بعد.
committee-page-add = الإضافة إلى اللجنة
committee-page-rule-heading = قاعدة التركيبة
committee-page-rule-type = القاعدة
committee-page-rule-parity = التناصف: عدد الأعضاء المصوّتين من المجتمع المدني يساوي عددهم من الحكومة
committee-page-rule-minimum-shares = الحصص الدنيا من الأعضاء المصوّتين حسب القطاع
committee-page-rule-is-parity = يجب أن يكون عدد الأعضاء المصوّتين في اللجنة من المجتمع المدني مساويًا لعددهم من الحكومة.
committee-page-rule-is-shares = يجب أن تضمّ اللجنة على الأقل هذه الحصص من أعضائها المصوّتين: { $shares }.
committee-page-rule-share = { $sector } { $min_percent }%
committee-page-shares = الحصص الدنيا (بالنسبة المائوية)
committee-page-shares-hint = لقاعدة الحصص الدنيا فقط: النسبة المائوية من الأعضاء المصوّتين التي يحتاجها كل قطاع؛ اترك بقية القطاعات فارغة.
committee-page-version = نسخة اللجنة { $version }. إذا غيّر شخص ما اللجنة في الأثناء، فسيُطلب منك إعادة تحميلها.
committee-page-rule-save = حفظ القاعدة
committee-page-deadline-heading = أجل التقييم
committee-page-deadline-is = يجب أن يقدّم الأعضاء تقييماتهم في أجل أقصاه { $deadline }.
committee-page-deadline-none = لم يُحدَّد أي أجل للتقييم.
committee-page-deadline-clear-hint = اتركه فارغًا لحذف الأجل.
committee-page-deadline-save = حفظ الأجل
flash-committee-page-member-added = تمّت إضافة العضو إلى اللجنة.
flash-committee-page-member-removed = تمّت إزالة العضو من اللجنة.
flash-committee-page-rule-saved = تمّ حفظ قاعدة التركيبة.
flash-committee-page-deadline-saved = تمّ حفظ أجل التقييم.
reviewing-page-link = التقييم
reviewing-page-title = التقييم: { $call }
reviewing-page-deadline = يجب تقديم التقييمات في أجل أقصاه { $deadline }.
reviewing-page-no-deadline = لم يُحدَّد أي أجل للتقييم.
reviewing-page-completion-only = تعرض هذه الصفحة مدى تقدّم التقييمات، ولا تعرض أبدًا أعدادها أو تعليقاتها.
reviewing-page-sections = أقسام الصفحة
reviewing-page-conflicts-heading = حالات تضارب المصالح
reviewing-page-no-conflicts = لا توجد أي حالة تضارب مصالح مسجّلة.
reviewing-page-member = العضو
reviewing-page-application = الطلب
reviewing-page-sector = القطاع
reviewing-page-source = المصدر
reviewing-page-kind = الصنف
reviewing-page-note = الملاحظة
reviewing-page-status = الحالة
reviewing-page-decision-reason = القرار والسبب
reviewing-page-decision = القرار
reviewing-page-reason = سبب القرار
reviewing-page-confirm = تأكيد
reviewing-page-waive = تجاوز
reviewing-page-decide-named = { $decision } تضارب المصالح الخاص بـ{ $name }
reviewing-page-source-automatic = آلي (الهيكل)
reviewing-page-source-declared = مصرَّح به
conflict-kind-institutional = مؤسسي
conflict-kind-personal = شخصي
conflict-kind-financial = مالي
conflict-kind-other = آخر
reviewing-page-status-declared = في انتظار قرار
reviewing-page-status-confirmed = مؤكَّد
reviewing-page-status-waived = تمّ تجاوزه
reviewing-page-automatic-heading = الإسناد الآلي
reviewing-page-automatic-intro = عاين الإسناد أولًا: يحصل كل طلب مؤهّل على مقيّميه، من بينهم واحد على الأقل من الحكومة وواحد من المجتمع المدني، دون أي شخص في حالة تضارب مصالح، مع توزيع متوازن للعبء. لا يُحفظ أي شيء قبل أن تطبّقه؛ وتبقى الإسنادات الحالية قائمة.
reviewing-page-preview = معاينة الإسناد
reviewing-page-apply = تطبيق هذا الإسناد
reviewing-page-plan-heading = المعاينة
reviewing-page-plan-summary = { $applications ->
    [one] طلب مؤهّل واحد
    [two] طلبان مؤهّلان
    [few] { $applications } طلبات مؤهّلة
    [many] { $applications } طلبًا مؤهّلًا
   *[other] { $applications } طلب مؤهّل
}، { $min_reviews ->
    [one] بمقيّم واحد لكل طلب
    [two] بمقيّمَين لكل طلب
    [few] بـ{ $min_reviews } مقيّمين لكل طلب
    [many] بـ{ $min_reviews } مقيّمًا لكل طلب
   *[other] بـ{ $min_reviews } مقيّم لكل طلب
}: يضيف الإسناد { $additions ->
    [zero] لا شيء
    [one] إسنادًا واحدًا
    [two] إسنادين
    [few] { $additions } إسنادات
    [many] { $additions } إسنادًا
   *[other] { $additions } إسناد
}.
reviewing-page-plan-additions = الإسنادات التي يضيفها
reviewing-page-plan-loads = عبء كل عضو بعد ذلك
reviewing-page-load = الطلبات
reviewing-page-plan-no-shortfalls = يحصل كل طلب مؤهّل على مقيّميه.
reviewing-page-plan-shortfalls = ما لا يستطيع الإسناد تحقيقه:
reviewing-page-assignments-heading = الإسنادات
reviewing-page-no-assignments = لم يُسند أي طلب لأي شخص بعد.
reviewing-page-submitted = مقدَّم
reviewing-page-actions = الإجراءات
reviewing-page-yes = نعم
reviewing-page-no = لا
reviewing-page-assigned-automatic = آلي
reviewing-page-assigned-manual = يدوي
reviewing-page-unassign = إزالة
reviewing-page-unassign-named = إزالة إسناد { $reference } إلى { $name }
reviewing-page-assign-heading = الإسناد اليدوي
reviewing-page-assign = إسناد
reviewing-page-progress-heading = التقدّم
reviewing-page-totals = التقييمات المقدَّمة: { $submitted } من أصل { $assigned } مُسندة.
reviewing-page-no-applications = لم يُعتبر أي طلب مؤهّلًا عند الفرز.
reviewing-page-by-application = حسب الطلب
reviewing-page-by-member = حسب العضو
reviewing-page-assigned = المُسندة
reviewing-page-drafts = المسودات
reviewing-page-conflicts = حالات التضارب
reviewing-page-remind = تذكير
reviewing-page-remind-all = إرسال تذكير إلى كل عضو لديه تقييمات لم تُنجز
reviewing-page-nothing-outstanding = لا يوجد أي عضو لديه تقييمات لم تُنجز.
reviewing-page-reminded = { $count ->
    [zero] لم يُدرج أي تذكير في قائمة الإرسال.
    [one] أُدرج تذكير واحد في قائمة الإرسال.
    [two] أُدرج تذكيران في قائمة الإرسال.
    [few] أُدرجت { $count } تذكيرات في قائمة الإرسال.
    [many] أُدرج { $count } تذكيرًا في قائمة الإرسال.
   *[other] أُدرج { $count } تذكير في قائمة الإرسال.
}
reviewing-page-reminded-none = لا يوجد أي عضو لديه تقييمات لم تُنجز؛ لم يُرسل أي تذكير.
flash-reviewing-page-plan-applied = تمّ تطبيق الإسناد الآلي.
flash-reviewing-page-assigned = تمّ إسناد الطلب إلى العضو.
flash-reviewing-page-unassigned = تمّت إزالة الإسناد.
flash-reviewing-page-conflict-confirmed = تمّ تأكيد تضارب المصالح.
flash-reviewing-page-conflict-waived = تمّ تجاوز تضارب المصالح؛ ويمكن للعضو تقييم الطلب من جديد.
committee-page-deadline-field = أجل التقييمات
reviewing-page-plan-nothing-to-add = ليس لدى الإسناد ما يضيفه.
reviews-page-seats-heading = اللجان التي أنت عضو فيها
reviews-page-seat-run = حالات التضارب والإسنادات والتقدّم

## Selection: errors and reasons (domain::selection)
error-threshold-range = أدخل عددًا من النقاط أكبر من 0 ولا يتجاوز 100.
error-criterion-unknown = هذا المعيار ليس جزءًا من الدعوة.
error-call-decide-by-finalise = يتمّ البتّ في الدعوة بإتمام الانتقاء، الذي يسجّل كل القرارات.
error-decisions-final = القرارات نهائية: تمّ البتّ في الدعوة.
error-call-not-reviewing = تُعدّ القرارات أثناء تقييم اللجنة.
error-scoring-closed = أُغلق إسناد الأعداد في هذه الدعوة: لم يعد من الممكن تغيير التقييمات والأعداد التوافقية.
call-part-aggregation = طريقة التجميع
error-consensus-chair-only = لا يسجّل الأعداد التوافقية إلا رئيس اللجنة.
error-consensus-not-eligible = لا تُسجَّل الأعداد التوافقية إلا للطلبات المؤهّلة.
error-override-not-eligible = لا يمكن قبول الطلبات أو إدراجها في قائمة الانتظار أو رفضها إلا إذا كانت مؤهّلة.
error-justification-required = بيّن سبب مخالفة هذا القرار للمقترح.
error-award-above-request = لا يمكن أن تتجاوز المنحة المبلغ المطلوب البالغ { $requested }.
error-award-below-minimum = لا يمكن أن تقلّ المنحة عن أصغر منحة في الدعوة البالغة { $min }.
error-results-not-decided = يمكن نشر النتائج بعد البتّ في الدعوة.
error-results-already-published = النتائج منشورة بالفعل.
error-results-not-published = لم تُنشر النتائج بعد.
selection-no-seed = ليست للدعوة بذرة قرعة؛ تُسحب عند بدء التقييم.
selection-unscreened = { $count ->
    [one] لم يخضع طلب واحد للفرز بعد.
    [two] لم يخضع طلبان للفرز بعد.
    [few] لم تخضع { $count } طلبات للفرز بعد.
    [many] لم يخضع { $count } طلبًا للفرز بعد.
   *[other] لم يخضع { $count } طلب للفرز بعد.
}
selection-over-slots = عدد الطلبات المقبولة { $selected }، في حين أن عدد المقاعد في الدعوة { $slots }.
selection-over-budget = يبلغ مجموع المنح { $awarded } { $currency }، وهو ما يتجاوز الميزانية البالغة { $budget } { $currency }.
selection-award-outside-limits = ستُمنح { $reference } مبلغ { $award } { $currency }، وهو خارج حدود الدعوة من { $min } { $currency } إلى { $max } { $currency }.
selection-over-quota = عدد المنح في { $subdivision } هو { $selected }، أي أكثر من حدّها الأقصى البالغ { $max }.
selection-reason-ranked = مقبول حسب الترتيب.
selection-reason-minimum-quota = مقبول لاستيفاء الحصة الدنيا لجهته.
selection-reason-slots = على قائمة الانتظار: جميع المقاعد مشغولة.
selection-reason-quota = على قائمة الانتظار: بلغت جهته حدّها الأقصى.
selection-reason-budget = على قائمة الانتظار: الميزانية المتبقية لا تغطي المبلغ المطلوب.
selection-reason-ineligible = غير مقبول: غير مؤهّل.
selection-reason-too-few-reviews = غير مقبول: عدد التقييمات غير كافٍ.
selection-reason-criterion-minimum = غير مقبول: أحد المعايير دون حدّه الأدنى.
selection-reason-threshold = غير مقبول: المجموع دون الحد الأدنى للدعوة.
selection-reason-override = قرّره البرنامج خلافًا للمقترح (انظر التعليل).

## Selection board, decisions and results (web::selection)
selection-page-title = الانتقاء: { $call }
selection-page-chair-intro = تطّلع على لوحة الانتقاء بصفتك رئيس اللجنة: يمكنك تسجيل الأعداد التوافقية المتّفق عليها في الاجتماع؛ أما القرار فيعود إلى مديري البرنامج.
selection-page-sections = أقسام صفحة الانتقاء
selection-page-summary-heading = الملخّص
selection-page-scoring-heading = إسناد الأعداد
selection-page-ranking-heading = الترتيب والمقترح
selection-page-comparison-heading = المقترح والانتقاء الأمثل
selection-page-decide-heading = القرارات
selection-page-selected = المقبولة
selection-page-slots-used = المقاعد: { $selected } من أصل { $slots }
selection-page-awarded = الممنوح
selection-page-awarded-of = { $awarded } من ميزانية قدرها { $budget }
selection-page-aggregation = التجميع
selection-page-aggregation-hint = طريقة الجمع بين أعداد المقيّمين في معيار ما. قاعدة منشورة: لا يمكن تغييرها بعد فتح الدعوة.
selection-aggregation-mean = المعدّل
selection-aggregation-median = الوسيط
selection-page-normalise = الأرقام المعيارية
selection-page-normalise-hint = عرض أعداد كل مقيّم كدرجات معيارية (z) إلى جانب الأرقام الخام، لرصد المقيّمين المتساهلين والمتشدّدين. لا تُستخدم أبدًا في الترتيب.
selection-page-threshold = عتبة الاختلاف
selection-page-threshold-hint = فارق بين المقيّمين، بالنقاط من 100، يُشار عنده إلى الطلب لمناقشته. اتركه فارغًا إن لم تكن هناك عتبة.
selection-page-threshold-none = لا توجد
selection-page-yes = نعم
selection-page-no = لا
selection-page-seed = بذرة القرعة:
selection-page-no-seed = لم تُسحب أي بذرة للقرعة.
selection-page-seed-sealed = مختومة إلى غاية غلق إسناد الأعداد: لا يُنشر إلا التزامها.
selection-page-commitment = التزام بذرة القرعة (SHA-256):
selection-page-scoring = إسناد الأعداد:
selection-page-scoring-open = مفتوح: لا يزال من الممكن تغيير التقييمات والأعداد التوافقية.
selection-page-scoring-closed-at = أُغلق بتاريخ { $time }: التقييمات والأعداد التوافقية مقفلة.
selection-page-seed-hint = سُحبت البذرة عند بدء التقييم. إلى غاية غلق إسناد الأعداد، لا يُعرض إلا التزامها وفق SHA-256، حتى لا يُسند أحد أعدادًا وهو يعلم نتيجة السحب. بعد غلق إسناد الأعداد، تُكشف البذرة، وتُرتَّب الطلبات التي تبقى متعادلة بعد معايير الفصل بين المتعادلين حسب قيمة SHA-256 لـ seed:reference، من الأصغر إلى الأكبر.
selection-page-quotas = الحصص الجهوية
selection-page-subdivision = الجهة
selection-page-quota-min = المحجوز
selection-page-quota-max = الأقصى
selection-page-quota-selected = المقبول
selection-page-scoring-intro = طريقة احتساب الأرقام أدناه انطلاقًا من التقييمات.
selection-page-scoring-save = حفظ إعدادات إسناد الأعداد
selection-page-problems = ما يحول دون إتمام الانتقاء:
selection-page-no-problems = لا شيء يحول دون إتمام الانتقاء.
selection-page-no-applications = لم يُقدَّم أي طلب في هذه الدعوة.
selection-page-ranking-intro = المجاميع من 100 ومقرّبة إلى رقمين عشريين؛ وتحتفظ القرارات بقيمها الدقيقة. افتح الطلب للاطلاع على أرقامه حسب كل معيار.
selection-page-rank = الرتبة
selection-page-unranked = غير مرتّب
selection-page-application = الطلب
selection-page-lead = الهيكل الرئيسي
selection-page-reviews = التقييمات
selection-page-total = المجموع
selection-page-raw-total = مجموع المقيّمين { $total }
selection-page-normalised = معياري
selection-page-range = الفارق
selection-page-flagged = مُشار إليه للمناقشة
selection-page-proposal = المقترح
selection-page-optimal = الانتقاء الأمثل
selection-page-in-optimal = مُدرج
selection-page-not-in-optimal = غير مُدرج
selection-page-differs = المقترح والأمثل مختلفان
selection-page-outcome = النتيجة
selection-page-override = تجاوز المقترح
selection-page-award = المنحة
selection-page-hidden = مخفي: لديك تضارب مصالح بشأن هذا الطلب
selection-page-lottery-key = مفتاح القرعة:
selection-page-tie-criterion = فُصل التعادل بالمعيار { $position } ({ $criterion })
selection-page-tie-lottery = فُصل التعادل بالقرعة
selection-page-tie-sealed = متعادل: يُفصل بالقرعة بعد غلق إسناد الأعداد
selection-page-comparison-intro = يتّبع المقترح الترتيب من الأعلى، كما تنصّ قواعد الدعوة. أما الانتقاء الأمثل فهو الذي يحقّق أعلى عدد جملي في حدود الميزانية والمقاعد والحدود القصوى الجهوية؛ ويُعرض حتى تبتّ اللجنة عن بيّنة.
selection-page-count = الطلبات
selection-page-total-score = العدد الجملي
selection-page-cost = الكلفة
selection-page-proven = ثبت أن الانتقاء الأمثل هو الأمثل فعلًا (بحث استغرق { $ms } ms، بتاريخ { $time }).
selection-page-not-proven = لم يثبت أنه الأمثل: توقّف البحث عند بلوغ مهلته البالغة { $budget } ms. هذا أفضل انتقاء تمّ العثور عليه؛ وأفضل عدد جملي ممكن لا يتجاوزه إلا بفارق { $gap } من النقاط على الأكثر (بحث بتاريخ { $time }).
selection-page-same-selection = المقترح والانتقاء الأمثل متطابقان.
selection-page-only-proposal = في المقترح فقط:
selection-page-only-optimal = في الانتقاء الأمثل فقط:
selection-page-finalise-warning = يؤدّي إتمام الانتقاء إلى تسجيل القرار المتعلّق بكل طلب، وفق المقترح والتجاوزات. وتصبح القرارات بعد ذلك نهائية: لا يمكن تغيير أي عدد أو توافق أو تجاوز.
selection-page-finalise = إتمام القرارات
selection-page-close-scoring-intro = أغلق إسناد الأعداد بعد أن تنهي اللجنة عملها: تُقفل عندئذ التقييمات والأعداد التوافقية، وتُكشف بذرة القرعة ويُفصل بها في حالات التعادل المتبقية. ويُغلق إتمام الانتقاء إسناد الأعداد تلقائيًا إن كان لا يزال مفتوحًا.
selection-page-close-scoring = غلق إسناد الأعداد
selection-page-decided = القرارات نهائية.
selection-page-public-results = عرض النتائج العمومية
selection-page-preview-results = معاينة النتائج (غير منشورة بعد)
selection-page-publish-intro = يؤدّي النشر إلى إتاحة الترتيب والأرقام والقرارات وكل التعليلات للعموم، وإعلام كل المترشّحين.
selection-page-publish = نشر النتائج
selection-outcome-selected = مقبول
selection-outcome-waitlisted = على قائمة الانتظار
selection-outcome-not-selected = غير مقبول
selection-app-title = الانتقاء
selection-app-back = لوحة الانتقاء
selection-app-figures-heading = الأرقام حسب المعيار
selection-app-figures-intro = الأرقام مقرّبة إلى رقمين عشريين. يُعتمد في الترتيب العدد التوافقي حيثما اتّفقت عليه اللجنة، وإلا فمجمّع أعداد المقيّمين.
selection-app-criterion = { $position }. { $title }
selection-app-max = من { $max }
selection-app-aggregate = مجمّع أعداد المقيّمين
selection-app-consensus = التوافق
selection-app-no-consensus = لا يوجد
selection-app-ranked = المعتمد في الترتيب
selection-app-std-dev = الانحراف المعياري
selection-app-consensus-heading = الأعداد التوافقية
selection-app-consensus-intro = سجّل الأعداد التي اتّفقت عليها اللجنة في اجتماعها، مع تعليل كل منها. اترك المعيار فارغًا إن لم يحصل توافق؛ وتبقى أعداد المقيّمين كما هي.
selection-app-consensus-score = العدد التوافقي
selection-app-rationale = التعليل
selection-app-consensus-score-of = العدد التوافقي: { $criterion }
selection-app-consensus-rationale-of = التعليل: { $criterion }
selection-app-consensus-score-missing = أدخل العدد المتّفق عليه، أو امسح التعليل.
selection-app-consensus-save = حفظ التوافق
selection-app-decision-heading = القرار
selection-app-decision-intro = لا تخالف المقترح إلا بتعليل كتابي: يُنشر هذا التعليل مع النتائج. ويمكنك أيضًا تخفيض المنحة.
selection-app-outcome = النتيجة
selection-app-as-proposed = كما في المقترح
selection-app-as-proposed-named = كما في المقترح ({ $outcome })
selection-app-justification = التعليل
selection-app-justification-hint = سبب مخالفة القرار للمقترح.
selection-app-awarded-amount = المنحة
selection-app-awarded-amount-hint = اتركه فارغًا لمنح المبلغ المطلوب.
selection-app-decision-save = حفظ القرار
selection-app-decision-clear = العودة إلى المقترح
selection-app-stale = غيّر مدير آخر هذا القرار أثناء تعديلك له. لم يضع شيء مما كتبته: نسختك معروضة أدناه، وحيثما تختلف النسخة المحفوظة تظهر تحت الحقل. راجع تلك الحقول واحفظ من جديد للإبقاء على نسختك.
selection-app-saved-empty = (فارغ)
flash-selection-settings-saved = تمّ حفظ إعدادات إسناد الأعداد.
flash-selection-consensus-saved = تمّ حفظ الأعداد التوافقية.
flash-selection-decision-saved = تمّ حفظ القرار.
flash-selection-decision-cleared = تمّت إزالة التجاوز: يعود القرار إلى المقترح.
flash-selection-finalised = تمّ إتمام القرارات.
flash-scoring-closed = أُغلق إسناد الأعداد: تمّ الكشف عن بذرة القرعة.
flash-selection-published = تمّ نشر النتائج.
results-page-title = النتائج: { $call }
results-page-published-at = نُشرت بتاريخ { $at }.
results-page-not-published = هذه النتائج غير منشورة بعد: لا يطّلع عليها إلا المديرون.
results-page-decided-at = تاريخ البتّ
results-page-intro = الترتيب مع أرقام كل طلب حسب المعيار (مقرّبة إلى رقمين عشريين)، ونتيجته وسببها، وتعليل كل قرار يخالف المقترح.
results-page-json = النتائج بصيغة JSON
results-page-csv = النتائج بصيغة CSV
results-page-ranking-heading = الترتيب والقرارات
results-page-lead = الهيكل الرئيسي
results-page-reason = السبب
results-page-justification = التعليل:
results-page-lottery-heading = القرعة
results-page-lottery-how = يُفصل في حالات التعادل المتبقية بعد معايير الفصل بين المتعادلين بقرعة يمكن لأي شخص إعادة احتسابها: لكل طلب متعادل، احسب SHA-256 للبذرة متبوعة بنقطتين ثم مرجعه، أي sha256({ $seed }:reference)، بالنظام الست عشري وبأحرف صغيرة؛ ويأتي الأصغر أولًا.
results-page-commitment-how = نُشر الالتزام في صفحة الدعوة عند بدء التقييم، قبل إسناد أي عدد. تحقّق من البذرة بمقارنتها به: يجب أن تساوي قيمة SHA-256 لنص البذرة، بالنظام الست عشري وبأحرف صغيرة، قيمة الالتزام، مثلًا باستخدام:
call-results-link = عرض النتائج
editor-selection-link = إسناد الأعداد والانتقاء
application-results-heading = النتائج
application-results-outcome = النتيجة
application-results-justification = التعليل
application-results-rank = الرتبة
application-results-total = المجموع
application-results-awarded = المنحة
application-results-all = جميع نتائج الدعوة
application-results-criteria = الأرقام حسب المعيار
application-results-score = العدد
application-results-consensus = توافق اللجنة
application-results-out-of = { $score } من { $max }
application-results-reviews = تعليقات المقيّمين
application-results-no-reviews = لم يُحتسب أي تقييم.
application-results-reviewer = المقيّم { $number }

## Funded projects: errors (domain::projects)
error-number = أدخل عددًا.
error-user-unknown = هذا المستخدم غير موجود أو معطّل.
error-indicator-unknown = هذا المؤشر ليس من مؤشرات الدعوة.
error-end-after-start = يجب أن يكون تاريخ النهاية لاحقًا لتاريخ البداية.
error-project-not-active = المشروع { $status }: لم يعد من الممكن القيام بأي إجراء بشأنه.
error-project-reports-started = تمّ تقديم تقرير بالفعل: لم يعد من الممكن تغيير التواريخ.
error-project-final-report = يُعتبر المشروع منجزًا بعد قبول تقريره النهائي.
error-tranche-waits-signature = لا يمكن صرف هذا القسط قبل توقيع اتفاقية المنحة.
error-tranche-waits-milestone = لا يمكن صرف هذا القسط قبل قبول المرحلة { $position }.
error-tranche-waits-report = لا يمكن صرف هذا القسط قبل قبول تقرير التقدّم { $number }.
error-tranche-waits-final-report = لا يمكن صرف هذا القسط قبل قبول التقرير النهائي.
error-tranche-waits-date = لا يمكن صرف هذا القسط قبل { $date }.
error-project-signature-used = صُرف قسط بناءً على هذا التوقيع: لم يعد من الممكن تغيير تاريخه.
error-project-unpaid-tranches = { $count ->
    [one] قسط واحد لم يُدفع بعد: ادفعه قبل إتمام المشروع.
    [two] قسطان لم يُدفعا بعد: ادفعهما قبل إتمام المشروع.
    [few] { $count } أقساط لم تُدفع بعد: ادفعها قبل إتمام المشروع.
    [many] { $count } قسطًا لم تُدفع بعد: ادفعها قبل إتمام المشروع.
   *[other] { $count } قسط لم تُدفع بعد: ادفعها قبل إتمام المشروع.
}
error-template-empty = أدخل قسطًا واحدًا على الأقل.
error-percent = أدخل نسبة مائوية أكبر من 0 ولا تتجاوز 100، برقمين عشريين على الأكثر.
error-template-sum = مجموع الأقساط { $sum }؛ ويجب أن يساوي 100% بالضبط.

## Funded projects: the portfolio pages and the call's tranche template (web)
nav-funded-projects = المشاريع المموّلة
nav-manage-projects = المحفظة
portfolio-heading = المشاريع المموّلة
portfolio-intro = كل مشروع موّل في إطار دعوة نُشرت نتائجها: المبلغ الممنوح، والمبلغ المدفوع، ووضع كل مشروع.
portfolio-filters-label = تصفية المشاريع
portfolio-filter-subdivision = الجهة (التقسيم الإداري)
portfolio-filter-health = الوضع
portfolio-filters-clear = عرض جميع المشاريع
portfolio-projects-count = { $count ->
    [zero] لا توجد مشاريع
    [one] مشروع واحد
    [two] مشروعان
    [few] { $count } مشاريع
    [many] { $count } مشروعًا
   *[other] { $count } مشروع
}
portfolio-totals-heading = المجاميع
portfolio-none = لا يوجد أي مشروع مموّل بعد.
portfolio-none-filtered = لا يوجد أي مشروع يطابق عوامل التصفية هذه.
portfolio-currency = العملة
portfolio-projects = المشاريع
portfolio-awarded = الممنوح
portfolio-disbursed = المصروف
portfolio-overdue = العناصر المتأخّرة
portfolio-charts-heading = في رسوم بيانية
portfolio-projects-heading = المشاريع
portfolio-project = المشروع
portfolio-call = الدعوة
portfolio-lead = الهيكل الرئيسي
portfolio-subdivision = الجهة
portfolio-health = الوضع
portfolio-progress = التقدّم
portfolio-percent = { $percent }
portfolio-open-data-heading = البيانات المفتوحة
portfolio-open-data-intro = الأرقام نفسها في شكل بيانات مفتوحة، قابلة لإعادة الاستخدام بحرية.
portfolio-open-data-giving = المنح وفق معيار 360Giving (JSON)
portfolio-open-data-projects = المشاريع (CSV)
portfolio-open-data-disbursements = الصرف (CSV)
portfolio-no-subdivision = دون جهة
portfolio-chart-health-title = المشاريع حسب الوضع
portfolio-chart-money-title = الممنوح والمصروف حسب الجهة، بعملة { $currency }
portfolio-chart-awarded = الممنوح
portfolio-chart-disbursed = المصروف
portfolio-chart-awarded-value = الممنوح: { $amount }
portfolio-chart-disbursed-value = المصروف: { $amount }
portfolio-overdue-report = تقرير التقدّم { $number }، المستحق في { $due }
portfolio-overdue-milestone = المرحلة «{ $title }»، المستحقة في { $due }
manage-portfolio-heading = محفظة المشاريع المموّلة
manage-portfolio-intro = كل مشروع مموّل، منشورًا كان أو لا، مع ما يستدعي المتابعة: تقارير التقدّم التي حلّ أجلها أو تأخّرت، والمراحل المتأخّرة.
manage-portfolio-links = الأقسام والروابط
manage-portfolio-attention-heading = يستدعي المتابعة
manage-portfolio-public-link = الصفحة العمومية
manage-portfolio-reports-overdue = تقارير التقدّم المتأخّرة
manage-portfolio-reports-overdue-none = لا يوجد أي تقرير تقدّم متأخّر.
manage-portfolio-reports-due = { $days ->
    [one] تقارير التقدّم المستحقة خلال يوم واحد
    [two] تقارير التقدّم المستحقة خلال يومين
    [few] تقارير التقدّم المستحقة خلال { $days } أيام
    [many] تقارير التقدّم المستحقة خلال { $days } يومًا
   *[other] تقارير التقدّم المستحقة خلال { $days } يوم
}
manage-portfolio-reports-due-none = لا يوجد أي تقرير تقدّم يحلّ أجله قريبًا.
manage-portfolio-overdue-heading = العناصر المتأخّرة حسب المشروع
manage-portfolio-overdue-none = لا يوجد أي عنصر متأخّر.
manage-portfolio-report = التقرير
manage-portfolio-due-on = تاريخ الاستحقاق
manage-portfolio-report-status = الحالة
manage-portfolio-report-overdue = متأخّر
manage-portfolio-report-due = مستحق قريبًا
editor-tranches-heading = أقساط المشاريع المموّلة
editor-tranches-intro = طريقة دفع منحة كل مشروع مموّل في إطار هذه الدعوة: كل قسط حصة من المنحة تُصرف عند استيفاء شرطها. ويبلغ مجموع الحصص 100%.
editor-tranches-hint = تحتاج المرحلة إلى عنوانها وعدد الأشهر بعد البداية التي تُستحق فيها؛ ويحتاج التقرير إلى رقمه؛ ويحتاج التاريخ إلى عدد الأشهر بعد البداية. اترك السطر فارغًا، أو حدّد «حذف»، لإزالته.
editor-tranches-save = حفظ الأقساط
editor-tranches-decided = القرارات نهائية: للمشاريع أقساطها، ولم يعد النموذج قابلًا للتغيير.
editor-tranche-percent = الحصة (%)
editor-tranche-condition = يُصرف عند
editor-tranche-milestone = المرحلة
editor-tranche-months = عدد الأشهر بعد البداية
editor-tranche-report = رقم التقرير
editor-tranche-cell = القسط { $number }: { $column }
editor-tranche-condition-signature = توقيع الاتفاقية
editor-tranche-condition-milestone = قبول مرحلة
editor-tranche-condition-report = قبول تقرير تقدّم
editor-tranche-condition-final-report = قبول التقرير النهائي
editor-tranche-condition-date = حلول تاريخ
editor-tranche-after-months = { $months ->
    [one] بعد شهر واحد من البداية
    [two] بعد شهرين من البداية
    [few] بعد { $months } أشهر من البداية
    [many] بعد { $months } شهرًا من البداية
   *[other] بعد { $months } شهر من البداية
}
editor-tranche-on-signature = { $percent } عند توقيع الاتفاقية
editor-tranche-on-milestone = { $percent } عند قبول المرحلة «{ $title }» ({ $due })
editor-tranche-on-report = { $percent } عند قبول تقرير التقدّم { $number }
editor-tranche-on-final-report = { $percent } عند قبول التقرير النهائي
editor-tranche-on-date = { $percent } { $due }
flash-call-tranches-saved = تمّ حفظ الأقساط.

## Funded projects: the project page and the expert's requests (web::projects)
project-page-status-state-active = جارٍ
project-page-status-state-completed = منجز
project-page-status-state-terminated = منهى
project-page-milestone-state-pending = قيد الانتظار
project-page-milestone-state-submitted = تمّ تقديم الإثباتات
project-page-milestone-state-accepted = مقبولة
project-page-milestone-state-changes-requested = مطلوب إدخال تعديلات
project-page-report-state-due = مستحق
project-page-report-state-submitted = مقدَّم
project-page-report-state-accepted = مقبول
project-page-report-state-changes-requested = مطلوب إدخال تعديلات
project-page-tranche-state-planned = مبرمج
project-page-tranche-state-released = مصروف
project-page-tranche-state-paid = مدفوع
project-page-assistance-state-open = مفتوح
project-page-assistance-state-assigned = تمّ تعيين خبير
project-page-assistance-state-resolved = تمّت معالجته
project-page-overdue-count = { $count ->
    [one] عنصر واحد متأخّر
    [two] عنصران متأخّران
    [few] { $count } عناصر متأخّرة
    [many] { $count } عنصرًا متأخّرًا
   *[other] { $count } عنصر متأخّر
}
project-page-overdue = متأخّر
project-page-terminated-because = أُنهي هذا المشروع:
project-page-lead = الهيكل الرئيسي
project-page-partners = الشركاء
project-page-partners-none = لا يوجد
project-page-call = الدعوة
project-page-programme = البرنامج
project-page-dates = التواريخ المبرمجة
project-page-dates-value = من { $start } إلى { $end }
project-page-signed-on = تاريخ توقيع اتفاقية المنحة
project-page-not-signed = لم تُوقَّع بعد
project-page-signed = موقَّعة
project-page-progress = التقدّم
project-page-progress-hint = (نسبة المراحل المقبولة)
project-page-percent = { $percent }
project-page-awarded = الممنوح
project-page-disbursed = المصروف
project-page-paid-caption = دُفع { $disbursed } من أصل { $awarded } ممنوحة ({ $percent }).
project-page-timeline-heading = الجدول الزمني
project-page-kind-agreement = الاتفاقية:
project-page-kind-milestone = المرحلة:
project-page-kind-report = تقرير التقدّم:
project-page-kind-tranche = الدفع:
project-page-agreement = توقيع اتفاقية المنحة
project-page-agreement-signed = وُقّعت اتفاقية المنحة
project-page-tranche-title = { $amount } (القسط { $position })
project-page-report-title = التقرير { $number }
project-page-report-final-title = التقرير { $number } (النهائي)
project-page-condition-signature = يُصرف بعد توقيع اتفاقية المنحة.
project-page-condition-milestone = يُصرف بعد قبول المرحلة { $position } ({ $title }).
project-page-condition-report = يُصرف بعد قبول تقرير التقدّم { $number }.
project-page-condition-final-report = يُصرف بعد قبول التقرير النهائي.
project-page-condition-date = يُصرف ابتداءً من { $date }.
project-page-paid-on-date = دُفع بتاريخ { $date }
project-page-released-at = صُرف بتاريخ { $at }
project-page-indicators-heading = المؤشرات
project-page-indicators-none = لا تحدّد الدعوة أي مؤشرات.
project-page-indicator = المؤشر
project-page-unit = الوحدة
project-page-target = القيمة المستهدفة
project-page-latest = آخر قيمة
project-page-latest-hint = آخر قيمة مُبلَّغ عنها، بما في ذلك التقارير التي لم تُقبل بعد.
project-page-latest-public-hint = آخر قيمة من تقرير تقدّم مقبول.
project-page-targets-heading = القيم المستهدفة
project-page-target-of = القيمة المستهدفة: { $name } ({ $unit })
project-page-targets-save = حفظ القيم المستهدفة
project-page-milestones-heading = المراحل
project-page-milestones-none = لا توجد مراحل بعد.
project-page-due = مستحقة في { $date }
project-page-evidence = الإثباتات
project-page-evidence-of = إثباتات «{ $title }»
project-page-evidence-hint = صف ما يُثبت بلوغ المرحلة، مع روابط إلى الوثائق حيثما كانت منشورة.
project-page-evidence-submit = تقديم الإثباتات
project-page-review-comment = تعليق البرنامج
project-page-comment-on-milestone = تعليق على «{ $title }»
project-page-comment-on-report = تعليق على التقرير { $number }
project-page-comment-hint = إلزامي عند طلب تعديلات؛ يطّلع عليه فريق المشروع.
project-page-accept = قبول
project-page-request-changes = طلب تعديلات
project-page-milestone-add-heading = إضافة مرحلة
project-page-milestone-title = العنوان
project-page-milestone-description = ما هو منتظر
project-page-due-on = تاريخ الاستحقاق
project-page-milestone-add = إضافة المرحلة
project-page-reports-heading = تقارير التقدّم
project-page-reports-none = لا يوجد أي تقرير تقدّم مبرمج.
project-page-narrative = ما حدث
project-page-narrative-of = التقرير { $number }: ما حدث
project-page-narrative-hint = ما أُنجز خلال الفترة، وما تغيّر، وما أعاق العمل.
project-page-spending-of = التقرير { $number }: النفقات إلى تاريخه ({ $currency })
project-page-spending-hint = كل ما أُنفق على المشروع منذ انطلاقه، مثل 12500.50.
project-page-spending-value = النفقات إلى تاريخه: { $amount }
project-page-value-of = { $name } ({ $unit })
project-page-values-legend = المؤشرات
project-page-values-hint = القيمة الحالية لكل مؤشر؛ اترك فارغًا ما لا يمكنك قياسه بعد.
project-page-report-submit = تقديم التقرير
project-page-tranches-heading = الأقساط
project-page-tranche = القسط
project-page-amount = المبلغ
project-page-condition = الشرط
project-page-state = الحالة
project-page-actions = الإجراءات
project-page-release = صرف القسط { $position }
project-page-release-waiting = لا يمكن صرف هذا القسط قبل استيفاء شرطه. { $condition }
project-page-paid-on-of = القسط { $position }: تاريخ الدفع
project-page-pay = تسجيل دفع القسط { $position }
project-page-assistance-heading = المساعدة الفنية
project-page-assistance-none = لا يوجد أي طلب مساعدة فنية.
project-page-asked-at = طُلبت بتاريخ { $at }
project-page-expert-is = الخبير: { $expert }
project-page-expert-assigned = تمّ تعيين خبير
project-page-notes = الملاحظات
project-page-expert = الخبير
project-page-expert-of = الخبير المكلّف بـ«{ $topic }»
project-page-note = ملاحظة
project-page-assign-note-of = ملاحظة بشأن تعيين خبير لـ«{ $topic }»
project-page-assign = تعيين الخبير
project-page-resolution = ما تمّ إنجازه
project-page-resolve-note-of = ما تمّ إنجازه بشأن «{ $topic }»
project-page-resolve-hint = إلزامي: ما تمّ إنجازه، حتى يطّلع عليه فريق المشروع والبرنامج.
project-page-resolve = اعتباره معالجًا
project-page-assistance-ask-heading = طلب مساعدة فنية
project-page-assistance-ask-intro = يعيّن البرنامج خبيرًا يقدّم المساعدة في الموضوع ويدوّن ما تمّ إنجازه.
project-page-assistance-topic = الموضوع
project-page-assistance-description = المساعدة المطلوبة
project-page-assistance-ask = إرسال الطلب
project-page-manage-heading = إدارة المشروع
project-page-dates-heading = التواريخ المبرمجة
project-page-dates-hint = يُعاد وضع رزنامة التقارير انطلاقًا من التواريخ الجديدة؛ وتتغيّر المراحل المعلّقة والأقساط المؤرّخة مع تاريخ البداية. غير ممكن بعد تقديم أي تقرير.
project-page-planned-start = البداية المبرمجة
project-page-planned-end = النهاية المبرمجة
project-page-dates-save = حفظ التواريخ
project-page-sign-heading = اتفاقية المنحة
project-page-sign = تسجيل التوقيع
project-page-complete-heading = الإتمام
project-page-complete-hint = يُعتبر المشروع منجزًا بعد قبول تقريره النهائي.
project-page-complete = اعتبار المشروع منجزًا
project-page-terminate-heading = الإنهاء
project-page-terminate-hint = يُنهي المشروع قبل أوانه: لا يمكن القيام بأي إجراء آخر بشأنه. ويكون السبب علنيًا.
project-page-terminate-reason = سبب الإنهاء
project-page-terminate = إنهاء المشروع
project-page-stale = غيّر شخص آخر هذه البيانات أثناء عملك عليها. ما كتبته محفوظ أدناه، وتعرض الصفحة المشروع كما هو الآن: راجعه وأعد إرسال الاستمارة.
assistance-page-title = طلبات المساعدة الفنية
assistance-page-intro = طلبات فرق المشاريع التي عُيّنت لها بصفتك خبيرًا.
assistance-page-none = لم يُسند إليك أي طلب.
flash-project-dates-saved = تمّ حفظ التواريخ المبرمجة.
flash-project-signed = تمّ تسجيل توقيع اتفاقية المنحة.
flash-project-terminated = تمّ إنهاء المشروع.
flash-project-completed = المشروع منجز.
flash-project-targets-saved = تمّ حفظ القيم المستهدفة.
flash-project-milestone-added = تمّت إضافة المرحلة.
flash-project-milestone-submitted = تمّ تقديم الإثباتات.
flash-project-milestone-reviewed = تمّت دراسة المرحلة.
flash-project-report-submitted = تمّ تقديم تقرير التقدّم.
flash-project-report-reviewed = تمّت دراسة تقرير التقدّم.
flash-project-tranche-released = تمّ صرف القسط.
flash-project-tranche-paid = تمّ تسجيل الدفع.
flash-project-assistance-requested = تمّ إرسال طلب المساعدة الفنية.
flash-project-expert-assigned = تمّ تعيين الخبير.
flash-project-assistance-resolved = تمّ اعتبار الطلب معالجًا.

## Funded projects: evidence files (web::projects)
project-page-files = الملفات
project-page-file-of = ملف إثبات لـ«{ $title }»
project-page-file-hint = PDF أو صورة أو وثيقة مكتبية، 10 MiB على الأكثر.
project-page-file-upload = إرفاق الملف
project-page-file-size = { $kib } KiB
flash-project-file-added = تمّ إرفاق الملف.

## Project health (domain::projects::schedule::Health::label)
health-on-track = يسير وفق المخطط
health-at-risk = مهدَّد بالتعثّر
health-completed = منجز
health-terminated = منهى

## Password reset
error-reset-link-invalid = رابط اختيار كلمة مرور جديدة هذا لا يعمل: فهو إما غير معروف، أو سبق استخدامه، أو مضى على إنشائه أكثر من ساعة. اطلب رابطًا جديدًا.
login-forgot-password = هل نسيت كلمة المرور؟
reset-request-title = هل نسيت كلمة المرور؟
reset-request-heading = هل نسيت كلمة المرور؟
reset-request-intro = أدخل عنوان البريد الإلكتروني لحسابك، وسنرسل إليك رابطًا لاختيار كلمة مرور جديدة.
reset-request-email = البريد الإلكتروني
reset-request-submit = أرسل لي رابطًا
reset-request-problem-title = تعذّر إرسال أي رابط
reset-sent-title = تفقّد بريدك الإلكتروني
reset-sent-heading = تفقّد بريدك الإلكتروني
reset-sent-body = إذا كان هناك حساب مسجّل بهذا العنوان، فقد أرسلنا إليه رابطًا لاختيار كلمة مرور جديدة. يعمل الرابط لمدة ساعة واحدة، ولمرة واحدة فقط.
reset-sent-nothing = لم يصلك شيء بعد بضع دقائق؟ تفقّد مجلد الرسائل غير المرغوب فيها، وتأكّد من أنك كتبت عنوان حسابك.
reset-ask-again = طلب رابط جديد
reset-back-to-login = العودة إلى تسجيل الدخول
reset-form-title = اختيار كلمة مرور جديدة
reset-form-heading = اختيار كلمة مرور جديدة
reset-form-intro = تحلّ كلمة المرور الجديدة محلّ القديمة، وسيتمّ تسجيل خروجك من جميع الأجهزة.
reset-form-password = كلمة المرور الجديدة
reset-form-confirmation = أعد كتابة كلمة المرور الجديدة
reset-form-submit = حفظ كلمة المرور الجديدة
reset-error-mismatch = كلمتا المرور غير متطابقتين.
reset-invalid-title = هذا الرابط لا يعمل
reset-invalid-heading = هذا الرابط لا يعمل
flash-password-reset = تمّ تغيير كلمة المرور وتسجيل خروجك من جميع الأجهزة. سجّل الدخول بكلمة المرور الجديدة.

## Inbox, outbox and preferences
error-language-unknown = «{ $value }» ليست لغة يكتب بها Convoca. اختر العربية أو الفرنسية أو الإنجليزية أو الإسبانية أو الألمانية.
error-notification-kind-unknown = «{ $value }» ليس نوعًا من أنواع الرسائل.
error-notification-kind-required = تُرسل دائمًا بالبريد الإلكتروني ولا يمكن إيقافها: { $kind }.
error-outbox-retry-not-failed = لا يمكن إعادة محاولة إرسال رسالة إلا إذا فشل تسليمها؛ { $state ->
    [queued] وهذه الرسالة لا تزال في قائمة الإرسال، وستتمّ محاولة إرسالها على أي حال.
    [sent] وهذه الرسالة أُرسلت بالفعل، ويجب ألّا تُرسل مرتين.
    [skipped] وهذه الرسالة لم تُرسل بالبريد الإلكتروني لأن مستلمها أوقف هذا النوع من الرسائل.
   *[other] وهذه الرسالة لم يفشل إرسالها.
}
notification-kind-invitation = دعوات الانضمام إلى هيكل
notification-kind-password-reset = روابط اختيار كلمة مرور جديدة
notification-kind-application-submitted = وصولات إيداع الطلبات المقدَّمة
notification-kind-application-screened = نتائج فرز الطلبات
notification-kind-review-assigned = طلبات جديدة للتقييم
notification-kind-review-reminder = تذكيرات بالتقييمات المعلّقة
notification-kind-results-published = النتائج المنشورة للدعوات
notification-kind-tranche-released = الأقساط المصروفة للمشاريع المموّلة
notification-kind-milestone-accepted = المراحل المقبولة
notification-kind-milestone-changes-requested = المراحل التي تحتاج إلى تعديلات
notification-kind-report-accepted = تقارير التقدّم المقبولة
notification-kind-report-changes-requested = تقارير التقدّم التي تحتاج إلى تعديلات
notification-kind-report-due-soon = تقارير التقدّم التي يحلّ أجلها قريبًا
notification-kind-report-overdue = تقارير التقدّم المتأخّرة
notification-kind-assistance-assigned = طلبات المساعدة الفنية المُسندة إلى خبير
notification-kind-assistance-resolved = طلبات المساعدة الفنية التي تمّت معالجتها
nav-inbox = صندوق الوارد
nav-inbox-unread = { $count ->
    [one] صندوق الوارد (رسالة واحدة غير مقروءة)
    [two] صندوق الوارد (رسالتان غير مقروءتين)
    [few] صندوق الوارد ({ $count } رسائل غير مقروءة)
    [many] صندوق الوارد ({ $count } رسالة غير مقروءة)
   *[other] صندوق الوارد ({ $count } رسالة غير مقروءة)
}
nav-outbox = صندوق الصادر
inbox-title = صندوق الوارد
inbox-heading = رسائلك
inbox-intro = كل ما كتبه إليك Convoca، بما في ذلك ما لم يُرسل بالبريد الإلكتروني، من الأحدث إلى الأقدم.
inbox-unread-count = { $count ->
    [0] لا توجد أي رسالة غير مقروءة.
    [one] رسالة واحدة غير مقروءة.
    [two] رسالتان غير مقروءتين.
    [few] { $count } رسائل غير مقروءة.
    [many] { $count } رسالة غير مقروءة.
   *[other] { $count } رسالة غير مقروءة.
}
inbox-empty = ليست لديك أي رسائل بعد.
inbox-subject = الموضوع
inbox-received = تاريخ الاستلام
inbox-status = الحالة
inbox-actions = الإجراءات
inbox-unread = غير مقروءة
inbox-read = مقروءة
inbox-open = فتح
inbox-mark-read = تعليمها كمقروءة
inbox-mark-all-read = تعليم الكل كمقروء
flash-inbox-read = تمّ تعليم الرسالة كمقروءة.
flash-inbox-all-read = تمّ تعليم جميع رسائلك كمقروءة.
account-preferences-heading = الرسائل
account-preferences-intro = يراسلك Convoca بالبريد الإلكتروني وفي صندوق الوارد الخاص بك. اختر لغة رسائلك وما يُرسل إليك منها بالبريد الإلكتروني: تبقى كل رسالة في صندوق الوارد في جميع الأحوال.
account-preferences-language = لغة رسائلك
account-preferences-emailed = راسلني بالبريد الإلكتروني بشأن
account-preferences-emailed-hint = أزِل العلامة عمّا لا تريد استلامه بالبريد الإلكتروني.
account-preferences-required = تُرسل دائمًا بالبريد الإلكتروني
account-preferences-required-why = تتعلّق هذه الرسائل بالوصول إلى حسابك أو تؤكّد إجراءً قمت به، لذلك تُرسل دائمًا.
account-preferences-submit = حفظ تفضيلاتي
flash-preferences-saved = تمّ حفظ تفضيلاتك.
outbox-title = صندوق الصادر
outbox-heading = صندوق الصادر
outbox-intro = كل رسالة أدرجها Convoca في قائمة الإرسال، من الأحدث إلى الأقدم، مع حالة تسليمها. يمكن إعادة محاولة إرسال الرسالة التي فشل تسليمها: فتعود إلى قائمة الإرسال وتُرسل من جديد.
outbox-filters-label = تصفية الرسائل
outbox-filter-state = حالة التسليم
outbox-state-queued = في قائمة الإرسال
outbox-state-sent = مُرسلة
outbox-state-failed = فشل الإرسال
outbox-state-skipped = لم تُرسل بالبريد الإلكتروني (النوع موقوف)
outbox-kind = الرسالة
outbox-recipient = المستلم
outbox-state = التسليم
outbox-attempts = المحاولات الفاشلة
outbox-last-error = آخر خطأ
outbox-created = تاريخ الإدراج في قائمة الإرسال
outbox-sent = تاريخ الإرسال
outbox-next-attempt = المحاولة التالية: { $date }
outbox-none = لا توجد أي رسالة تطابق عوامل التصفية هذه.
outbox-retry = إعادة المحاولة
flash-outbox-retried = عادت الرسالة إلى قائمة الإرسال.

## الدعوات المنشورة بعدة لغات
programme-content-languages = لغات النشر
programme-content-languages-hint = اللغات التي تُنشر بها دعوات البرنامج، كرموز مفصولة بفواصل (en, es, fr, de, ar)؛ الأولى هي اللغة التي تُكتب بها الدعوات. اتركه فارغًا إذا كانت الدعوات لا تُترجم.
error-language-twice = { $value } مذكورة مرتين.
error-first-language-locked = لا يمكن تغيير لغة النشر الأولى بعد أن تصبح للبرنامج دعوات: فنصوصها مكتوبة بها.
error-translation-first-language = الدعوة مكتوبة بـ{ $language }؛ عدّل الدعوة نفسها لتغيير هذه النصوص.
error-translation-not-content-language = { $language } ليست من لغات النشر في البرنامج.
error-translation-unknown-field = لا يوجد في الدعوة مثل هذا النص.
call-language-fallback = تُنشر هذه الدعوة بـ{ $languages }، لا بلغتك؛ وهي معروضة بـ{ $shown }.
translation-page-title = الترجمة إلى { $language }
translation-page-intro = كل نص من نصوص الدعوة كما كُتب، وتحته ترجمته. النص المتروك فارغًا يُعرض كما كُتب. الترجمات لا تغيّر أي قاعدة ويمكن تعديلها في أي وقت؛ ويُسجَّل كل تعديل في سجل التدقيق.
translation-written = النص الأصلي:
translation-save = حفظ الترجمة
translation-field-title = العنوان
translation-field-description = الوصف
translation-field-criterion-title = المعيار { $position }: العنوان
translation-field-criterion-guidance = المعيار { $position }: الإرشادات
translation-field-question-prompt = السؤال { $position }: نص السؤال
translation-field-question-help = السؤال { $position }: المساعدة
translation-field-indicator-name = المؤشر { $position }: الاسم
translation-field-milestone-title = المرحلة { $position }: العنوان
editor-translations-heading = الترجمات
editor-translations-none = ينشر البرنامج دعواته بلغة واحدة. لترجمتها، حدّد لغات النشر في صفحة البرنامج.
editor-translations-intro = ينشر البرنامج دعواته بعدة لغات. يمكن تعديل الترجمات في أي وقت، حتى بعد فتح الدعوة.
editor-translations-link = الترجمة إلى { $language }
flash-call-translation-saved = تمّ حفظ الترجمة.

## Home page per role, and which role a refused page is for
error-page-needs-role-admin = هذه الصفحة مخصّصة للمشرفين.
error-page-needs-role-manager = هذه الصفحة مخصّصة لمديري البرامج.
error-page-needs-role-reviewer = هذه الصفحة مخصّصة لأعضاء لجنة الاختيار.
error-page-needs-role-applicant = هذه الصفحة مخصّصة للمترشّحين (موظفي الجماعات المحلية أو الهياكل الشريكة).
error-page-needs-roles = هذه الصفحة مخصّصة لهذه الأدوار: { $roles }.
home-no-role = لا دور لحسابك بعد. يُسند المشرف الأدوار.
home-your-account = الحساب والهيكل
home-call-name = { $title } ({ $code })
home-application-name = { $reference }: { $title }
home-results-of = نتائج { $title }
home-results-published = نُشرت بتاريخ { $date }
home-reviews-done = { $needed ->
    [one] { $done } من تقييم واحد أُنجز
    [two] { $done } من تقييمين أُنجز
   *[other] { $done } من { $needed } تقييمات أُنجزت
}
home-reviews-done-due = { $done }؛ موعد التقييمات { $date }
home-work-item = { $project }: { $what }
home-work-report = تقرير التقدّم رقم { $number }
home-work-milestone = المرحلة «{ $title }»
home-work-due = موعده { $date }
home-work-overdue = متأخّر منذ { $date }
home-work-changes-requested = طُلبت تعديلات (موعده { $date })
home-admin-heading = الإدارة
home-admin-group = المستخدمون والبريد
home-admin-users = { $count ->
    [zero] لا مستخدمين
    [one] مستخدم واحد
    [two] مستخدمان
    [few] { $count } مستخدمين
   *[other] { $count } مستخدمًا
}
home-admin-inactive = { $count ->
    [one] حساب واحد معطّل
    [two] حسابان معطّلان
    [few] { $count } حسابات معطّلة
   *[other] { $count } حسابًا معطّلًا
}
home-admin-outbox = صندوق البريد الصادر
home-admin-outbox-counts = { $queued } في الانتظار، { $failed } فشل إرسالها
home-manager-heading = إدارة البرنامج
home-manager-quiet = لا شيء ينتظرك الآن.
home-manager-unverified = هياكل تنتظر التحقّق
home-manager-unverified-note = { $count ->
    [one] هيكل واحد ينتظر التحقّق.
    [two] هيكلان ينتظران التحقّق.
    [few] { $count } هياكل تنتظر التحقّق.
   *[other] { $count } هيكلًا ينتظر التحقّق.
}
home-manager-unverified-all = كل الهياكل التي تنتظر التحقّق
home-manager-screen = طلبات للفرز
home-manager-screen-count = { $count ->
    [one] طلب مقدَّم واحد للفرز
    [two] طلبان مقدَّمان للفرز
    [few] { $count } طلبات مقدَّمة للفرز
   *[other] { $count } طلبًا مقدَّمًا للفرز
}
home-manager-reviewing = تقدّم التقييم
home-manager-to-review = تقارير ومراحل تنتظر مراجعتك
home-manager-overdue = تقارير ومراحل متأخّرة
home-manager-assistance = طلبات مساعدة فنية مفتوحة
home-manager-assistance-asked = طُلبت بتاريخ { $date }
home-manager-portfolio = محفظة المشاريع المموّلة
home-reviewer-heading = لجنة الاختيار
home-reviewer-quiet = لا تقييم ينتظرك.
home-reviewer-call = تقييماتك لـ { $title } ({ $code })
home-reviewer-left = { $assigned ->
    [one] بقي { $left } من طلب واحد مُسند للتقييم
    [two] بقي { $left } من طلبين مُسندين للتقييم
   *[other] بقي { $left } من { $assigned } طلبات مُسندة للتقييم
}
home-reviewer-left-due = { $left }؛ موعد التقييمات { $date }.
home-reviewer-draft = مسودة محفوظة
home-reviewer-not-started = لم يبدأ
home-reviewer-all = كل تقييماتك
home-chair-call = اجتماع اللجنة لـ { $title } ({ $code })
home-chair-note = { $progress }. { $flagged }
home-chair-flagged = { $count ->
    [0] لا طلب مُعلَّم للنقاش.
    [one] طلب واحد مُعلَّم للنقاش ({ $open } دون درجة توافقية).
    [two] طلبان مُعلَّمان للنقاش ({ $open } دون درجة توافقية).
   *[other] { $count } طلبات مُعلَّمة للنقاش ({ $open } دون درجة توافقية).
}
home-chair-consensus-recorded = سُجّلت الدرجة التوافقية
home-chair-consensus-to-record = الدرجة التوافقية لم تُسجَّل بعد
home-chair-progress-link = تقدّم اللجنة
home-applicant-heading = طلبات هيكلك ومشاريعه
home-applicant-drafts = مسودات لإتمامها
home-applicant-draft = { $title } (لـ { $call })
home-applicant-deadline = آخر أجل { $date }، { $left }
home-applicant-deadline-missed = انقضى الأجل
home-applicant-submissions = الطلبات المقدَّمة
home-applicant-submission-state = { $call }: { $state }
home-applicant-all = كل طلباتك
home-applicant-results = نتائج للاطّلاع عليها
home-applicant-projects = مشاريعك المموّلة
home-applicant-due = تقارير ومراحل مطلوبة
home-applicant-start = الترشّح لدعوة
home-applicant-none = لم يبدأ هيكلك أي طلب بعد.
home-public-heading = الدعوات والنتائج والمشاريع
home-public-open-calls = الدعوات المفتوحة
home-public-no-open-calls = لا توجد دعوة مفتوحة حاليًا.
home-public-closes = تُغلق في { $date }
home-public-all-calls = كل الدعوات
home-public-results = أحدث النتائج
home-public-portfolio = المحفظة
home-public-projects = { $count ->
    [zero] لا مشاريع مموّلة
    [one] مشروع مموّل واحد
    [two] مشروعان مموّلان
    [few] { $count } مشاريع مموّلة
   *[other] { $count } مشروعًا مموّلًا
}
call-sign-up-to-apply = التسجيل للترشّح
call-log-in-to-apply = مسجّل من قبل؟ سجّل الدخول للترشّح
selection-page-flagged-on = مُعلَّم للنقاش: { $criteria }
selection-page-flagged-total = مُعلَّم للنقاش: المجاميع التي منحها المقيّمون متباينة
error-page-too-large-title = حجم كبير جدًّا
error-page-too-large = ما أرسلته كبير جدًّا: لا يتجاوز حجم الملف 10 ميغابايت، ولا يتجاوز حجم الاستمارة { $mib } ميغابايت. لم يُحفظ أي شيء. ارجع، واختر ملفًّا أصغر، ثم أرسله من جديد.
selection-finalise-confirm-heading = اعتماد القرارات نهائيًّا؟
selection-finalise-confirm-consequences = يصبح كل طلب مُنتقى مشروعًا مموّلًا، وتصبح الدعوة مبتًّا فيها، ويمكن بعد ذلك نشر النتائج. لا يمكن التراجع عن ذلك.
selection-finalise-confirm-back = العودة إلى لوحة الانتقاء

## The call editor as one form
editor-one-form-hint = هذه الصفحة استمارة واحدة: كلّ زرّ حفظ يحفظ جميع التغييرات المُدخلة فيها، في كلّ الأقسام، فلا يضيع شيء ممّا كتبته.
editor-more-rows = صفوف إضافية
editor-more-questions = أسئلة إضافية
editor-weight-total = مجموع أوزان المعايير:
editor-scoring-intro = كيف تتحوّل أعداد اللجنة إلى أرقام كلّ ترشّح. طريقة التجميع قاعدة منشورة تُثبَّت منذ فتح الدعوة؛ ويمكن تغيير الباقي حتّى القرارات.
editor-scoring-method-frozen = التجميع (مُثبَّت منذ فتح الدعوة): { $method }
flash-call-saved = تمّ حفظ تغييراتك.
flash-call-unchanged = لم يتغيّر شيء، فلم يُحفظ شيء.
error-organisation-name-ambiguous = تحمل عدّة هياكل الاسم «{ $value }»؛ استعمل معرّف الهيكل المقصود أو رمزه الرسمي.
prerequisite-holders-heading = من استوفاها
prerequisite-holders-none = لم يستوفه أي هيكل بعد.
prerequisite-holders-caption = الهياكل التي استوفت «{ $name }»
prerequisite-holders-recorded = تاريخ التسجيل
prerequisite-import-organisations-link = الاطّلاع على معرّفات الهياكل ورموزها الرسمية
prerequisite-import-template-link = تنزيل نموذج CSV
manage-organisation-id = المعرّف
manage-organisations-identifiers = يُحدِّد استيراد الشروط المسبقة الهيكلَ بمعرّفه أو برمزه الرسمي أو باسمه إذا لم يحمله هيكل آخر.
# الوصل نسخةً قابلة للطباعة من الطلب (issue 17)
receipt-organisation = { $name } ({ $kind })
receipt-as-submitted = فيما يلي الطلب كاملًا كما قُدِّم تمامًا. لا تغيّره أي تعديلات لاحقة على الدعوة أو على المنظمات.
receipt-partners-none = لا يوجد شركاء.
layout-table-region = جدول: { $name }

## A programme across its cycles
programme-page-eyebrow = البرنامج
programme-page-open-data = هذه الأرقام كبيانات مفتوحة (JSON)
programme-page-cycles-heading = الدورات
programme-page-cycles-intro = كلّ دعوات البرنامج بالترتيب، مع ما حقّقته كلّ منها. لا يُحتسب ما قرّرته دعوة إلّا بعد نشر نتائجها.
programme-page-cycles-none = لم ينشر هذا البرنامج أيّ دعوة بعد.
programme-page-cycle = الدورة
programme-page-state = الحالة
programme-page-dates = { $opens } – { $closes }
programme-page-cloned-from = تواصل { $cycle }
programme-page-applications = الترشّحات
programme-page-eligible = المقبولة شكلًا
programme-page-selected = المختارة
programme-page-projects = المشاريع المموّلة
programme-page-awarded = المبلغ الممنوح
programme-page-disbursed = المبلغ المصروف
programme-page-completed = المُنجزة
programme-page-terminated = المُنهاة
programme-page-not-published = لم تُنشر النتائج بعد
programme-page-chart-counts-title = الترشّحات والاختيارات في كلّ دورة
programme-page-chart-money-title = الممنوح والمصروف في كلّ دورة ({ $currency })
programme-page-indicators-heading = المؤشّرات في كلّ دورة
programme-page-indicators-none = لا توجد بعد مؤشّرات لأيّ دورة نُشرت نتائجها.
programme-page-indicator = المؤشّر
programme-page-indicator-target = القيم المستهدفة
programme-page-indicator-reached = المُحقَّق
programme-page-regions-heading = الجهات عبر الدورات
programme-page-regions-intro = أيّ التقسيمات ترشّحت، واختيرت، في كلّ دورة؛ وتُذكر أيضًا التي لم يُبلغ إليها قطّ.
programme-page-never-reached = لم يُبلغ إليها قطّ: { $count } من { $total } تقسيمًا.
programme-page-region = التقسيم الإداري
programme-page-region-cell = { $applications } ترشّحًا، { $selected } مختارًا
programme-page-region-none = لا شيء
programme-page-region-unnamed = دون تقسيم محدّد
programme-page-not-reached = لم يُبلغ إليها قطّ
call-programme-cycles = كلّ دورات هذا البرنامج

## تبادل الخبرات بين الأقران

exchanges-link = لقاءات تبادل الخبرات بين المشاريع الممولة
exchanges-heading = لقاءات تبادل الخبرات
exchanges-intro = اجمع فرق المشاريع الممولة ليتعلّم بعضها من بعض. تُبلَّغ الفرق المدعوّة وتسجّل من سيحضر؛ وبعد انعقاد اللقاء، سجّل نتائجه: عندها يظهر في الصفحة العامة للبرنامج.
exchanges-list-heading = لقاءات هذا البرنامج
exchanges-none = لم يُنظَّم أي لقاء بعد.
exchange-title = العنوان
exchange-starts-at = التاريخ والوقت
exchange-starts-at-hint = بحسب المنطقة الزمنية أدناه.
exchange-time-zone = المنطقة الزمنية
exchange-time-zone-hint = منطقة زمنية وفق IANA، مثل Africa/Tunis أو Europe/Berlin.
exchange-place = المكان
exchange-place-hint = مكان انعقاده؛ اتركه فارغًا إن كان عبر الإنترنت فقط.
exchange-online-link = رابط المشاركة عن بُعد
exchange-online = الانضمام عبر الإنترنت
exchange-agenda = جدول الأعمال
exchange-invited = المشاريع المدعوّة
exchange-new-heading = تنظيم لقاء
exchange-no-projects = لا توجد بعد في هذا البرنامج مشاريع ممولة يمكن دعوتها.
exchange-create = تنظيم اللقاء
exchange-edit-heading = تعديل اللقاء
exchange-save = حفظ اللقاء
exchange-outcome-heading = النتائج
exchange-outcome-recorded = مسجّلة
exchange-outcome-pending = لم تُسجَّل بعد
exchange-outcome-notes = ما تمّ تعلّمه
exchange-outcome-attended = شاركوا
exchange-outcome-documents = الوثائق
exchange-outcome-documents-hint = وثيقة في كل سطر: عنوان، ثم خط عمودي، ثم العنوان الإلكتروني، مثل «العرض | https://example.org/slides.pdf».
exchange-outcome-save = تسجيل النتائج
exchange-outcome-not-yet = يمكن تسجيل النتائج بعد بدء اللقاء.
exchange-registered-heading = من سيحضر
exchange-attendees = الأشخاص الحاضرون
exchange-attendees-hint = اسم واحد في كل سطر؛ يمكنك تعديل القائمة حتى نهاية يوم اللقاء.
exchange-no-one-registered = لم يسجّل أحد بعد.
exchange-attended-yes = نعم
exchange-attended-no = لا
exchange-project-heading = لقاءات تبادل الخبرات
exchange-project-intro = لقاءات بين المشاريع الممولة دُعي إليها مشروعك.
exchange-attendance-save = حفظ قائمة الحاضرين
exchange-attendance-closed = التسجيل مغلق.
exchange-attendance-heading = من يحضر اللقاء
exchange-back-to-project = العودة إلى المشروع
exchange-public-heading = لقاءات تبادل الخبرات
exchange-public-none = لم يُسجَّل أي لقاء لتبادل الخبرات بعد.
exchange-public-invited = المدعوّون:
exchange-public-attended = شاركوا:
exchange-public-attended-none = لا أحد من الجهات المدعوّة
flash-exchange-organised = تمّ تنظيم اللقاء وإبلاغ الفرق المدعوّة.
flash-exchange-saved = تمّ حفظ اللقاء.
flash-exchange-outcome-recorded = تمّ تسجيل النتائج؛ أصبح اللقاء علنيًا.
flash-exchange-attendance-saved = تمّ حفظ قائمة الحاضرين.
error-link-invalid = أدخل عنوانًا إلكترونيًا يبدأ بـ https:// أو http://.
error-exchange-place-or-link = حدّد مكانًا أو رابطًا للمشاركة عن بُعد أو كليهما.
error-exchange-invite-someone = ادعُ مشروعًا ممولًا واحدًا على الأقل.
error-exchange-project-not-in-programme = لا يمكن دعوة إلا المشاريع الممولة من دعوات هذا البرنامج.
error-exchange-outcome-recorded = نتائج هذا اللقاء مسجّلة؛ لم يعد بالإمكان تعديله.
error-exchange-over = انتهى هذا اللقاء؛ لم يعد بالإمكان تعديل قائمة الحاضرين.
error-exchange-not-held-yet = لم يبدأ اللقاء بعد؛ سجّل نتائجه لاحقًا.
error-exchange-attended-not-invited = لا يمكن أن يكون قد شارك إلا المشاريع المدعوّة.
notification-kind-exchange-invited = الدعوات إلى لقاءات تبادل الخبرات
email-exchange-invited-subject = «{ $project }» مدعوّ إلى لقاء لتبادل الخبرات: { $exchange }
email-exchange-invited-body =
    يدعو البرنامج فريق «{ $project }» إلى لقاء تبادل الخبرات «{ $exchange }»، في { $starts_at } ({ $place }).

    يمكنك في صفحة المشروع الاطّلاع على جدول الأعمال وتسجيل من سيحضر من جهتك.

## التعلّم بين المشاريع التجريبية: الدروس المستفادة والتكرار
learning-heading = التعلّم بين المشاريع التجريبية
lessons-heading = الدروس المستفادة
lessons-legend = الدروس المستفادة
lessons-hint = يشارك التقرير النهائي ما تعلّمه هذا المشروع التجريبي، لتتمكّن جماعات محلية أخرى من تكراره. كلّ جزء إلزامي؛ وتصبح الدروس علنية بعد قبول التقرير.
lessons-what-worked = ما الذي نجح
lessons-what-did-not = ما الذي لم ينجح
lessons-to-replicate = ما تحتاجه جماعة محلية أخرى لتكراره
lessons-contact = جهة الاتصال
lessons-contact-hint = اسم وعنوان بريد إلكتروني، أو صفة وظيفية، يمكن للآخرين التواصل معها.
lessons-unpublished = لا يرى هذه الدروس إلا فريق المشروع والمسيّرون، إلى أن يُقبل التقرير النهائي.
lessons-published-on = نُشرت في { $date }
lessons-none = لم تُنشر أيّ دروس بعد: تأتي مع التقرير النهائي المقبول.
replication-heading = التكرار
replication-field = يكرّر مشروعًا سابقًا
replication-hint = اختياري: مشروع مموّل من الحافظة العلنية يكرّره هذا المشروع.
replication-replicates = يكرّر:
replication-none = لا يوجد بعدُ مشروع لاحق يكرّر هذا المشروع.
replication-count = { $count ->
    [zero] لا مشاريع لاحقة تكرّر هذا المشروع:
    [one] مشروع لاحق واحد يكرّر هذا المشروع:
    [two] مشروعان لاحقان يكرّران هذا المشروع:
    [few] { $count } مشاريع لاحقة تكرّر هذا المشروع:
   *[other] { $count } مشروعًا لاحقًا يكرّر هذا المشروع:
}
replication-save = حفظ الرابط
flash-project-replicates-set = تمّ حفظ رابط التكرار.
error-replication-not-public = اختر مشروعًا مموّلًا من الحافظة العلنية.
error-replication-self = لا يمكن لمشروع أن يكرّر نفسه.
error-replication-later = اختر مشروعًا مُوّل قبل هذا المشروع.
portfolio-replications = التكرارات
portfolio-open-data-lessons = الدروس المستفادة (CSV)
programme-page-learning-heading = التعلّم في كلّ دورة
programme-page-learning-intro = لقاءات تبادل الخبرات المنعقدة مع مشاريع كلّ دورة، والدروس التي نشرتها تقاريرها النهائية، وعدد مشاريعها التي تستنسخ مشروعًا سابقًا.
programme-page-exchanges-held = لقاءات التبادل المنعقدة
programme-page-lessons-published = الدروس المنشورة
programme-page-replications = الاستنساخات
programme-page-cycle-number = الدورة { $number }
error-benchmark-criterion-unknown = لا تتضمن الدعوة المعيار { $position }.
call-part-selection-mode = نمط الاختيار
call-part-benchmark = المرجع المعياري
selection-reason-benchmark = مختار: يستوفي المرجع المعياري.
selection-reason-below-benchmark = غير مختار: لا يستوفي المرجع المعياري.
selection-reason-enrolled = مقبول: تم التحقق من أهليته.
results-page-selection-mode = نوع الدعوة
call-selection-mode-competitive = تنافسية: ترتيب ضمن الميزانية والمقاعد
call-selection-mode-benchmark = مرجعية: يُعترف بكل طلب يستوفي المرجع
call-selection-mode-enrolment = انضمام: يُقبل كل متقدم مؤهل
results-page-level = المستوى
results-page-criterion-met = مستوفى
results-page-criterion-not-met = غير مستوفى
portfolio-open-data-commitments-csv = التزامات خطط العمل (CSV)
portfolio-open-data-commitments-json = التزامات خطط العمل (JSON)
error-commitment-unknown = اختر التزامًا من خطة عمل هذا المشروع، مرة واحدة.
error-completion-unknown = اختر تقييمًا: لم يبدأ، محدود، كبير أو مكتمل.
error-commitment-unrated = قيّم مدى إنجاز الالتزام «{ $commitment }».
error-ogp-value-unknown = اختر قيمة: الشفافية أو المشاركة أو المساءلة أو الإدماج.
error-plan-adopted = صادق المجلس على خطة العمل؛ لم يعد ممكنًا تغيير التزاماتها.
error-adoption-of-commitment = مصادقة المجلس تخص خطة العمل كلها لا التزامًا واحدًا.
error-adoption-exists = لهذا المشروع مرحلة مصادقة المجلس بالفعل.
commitment-heading = خطة العمل
commitment-plan-adopted = صادق عليها المجلس
commitment-plan-not-adopted = لم يصادق عليها المجلس بعد
commitment-none = لا التزامات بعد.
commitment-field-title = الالتزام
commitment-field-problem = المشكلة المعالجة
commitment-field-value = قيمة الحكومة المنفتحة
commitment-field-lead = المؤسسة المسؤولة
commitment-completion = الإنجاز
commitment-not-rated = لم يُقيَّم بعد
commitment-completion-in-report = { $rating } (التقرير { $number })
commitment-value-transparency = الشفافية
commitment-value-participation = المشاركة
commitment-value-accountability = المساءلة
commitment-value-inclusion = الإدماج
commitment-completion-not-started = لم يبدأ
commitment-completion-limited = محدود
commitment-completion-substantial = كبير
commitment-completion-complete = مكتمل
commitment-add-heading = إضافة التزام
commitment-add = أضف الالتزام
commitment-rating-of = إنجاز «{ $title }»
commitment-ratings-legend = إنجاز كل التزام
commitment-milestone-of = الالتزام الذي تتبعه
commitment-milestone-adoption = مصادقة المجلس على خطة العمل
commitment-milestone-adoption-hint = ضع علامة على المرحلة التي تسجّل مصادقة المجلس؛ دليلها قرار المجلس.
flash-project-commitment-added = تمّت إضافة الالتزام.
editor-selection-mode = طريقة الاختيار
editor-selection-mode-hint = الدعوات التنافسية ترتّب وتختار في حدود الميزانية وعدد المنح؛ ودعوات المعيار تعترف بكل طلب يستوفيه (تُحدَّد معاييره الأساسية ومستوياته عبر واجهة البرمجة)؛ ودعوات الانضمام تقبل كل متقدّم مؤهّل. تُثبَّت عند فتح الدعوة.
editor-selection-mode-frozen = طريقة الاختيار (مثبّتة منذ فتح الدعوة): { $mode }

## الدعوات المفتوحة باستمرار: بلا أجل، يُبتّ في كل ترشّح عند وروده
error-rolling-competitive = الدعوة التنافسية ترتّب كل الترشّحات معًا، لذا تحتاج إلى أجل: وحدها دعوات المرجعية ودعوات الانضمام يمكن أن تكون مفتوحة باستمرار.
error-rolling-one-by-one = هذه الدعوة مفتوحة باستمرار: يُبتّ في ترشّحاتها واحدًا تلو الآخر، لا دفعة واحدة.
error-rolling-only = لا يُبتّ على حدة إلا في ترشّح لدعوة مفتوحة باستمرار.
error-rolling-not-screened = لا يمكن البتّ الآن إلا في ترشّح اعتُبر مقبولًا ولم يُبتّ فيه بعد.
error-rolling-already-decided = تمّ البتّ في هذا الترشّح من قبل؛ والقرار نهائي.
call-rolling-no-deadline = بلا أجل: مفتوحة إلى أن يغلقها البرنامج
editor-rolling = قبول مستمر
editor-rolling-hint = لدعوات المرجعية ودعوات الانضمام فقط. ليس للدعوة أجل: تبقى مفتوحة إلى أن تغلقها، ويُبتّ في كل ترشّح ويُنشر القرار حالما يُعتبر مقبولًا (ويُقيَّم، في دعوة المرجعية).
editor-rolling-frozen = هذه الدعوة مفتوحة باستمرار: ليس لها أجل، ويُبتّ في كل ترشّح عند وروده.
application-rolling-heading = البتّ في هذا الترشّح
application-rolling-intro = هذه الدعوة مفتوحة باستمرار: تبتّ في كل ترشّح على حدة حالما يُعتبر مقبولًا. تحسم قاعدة الدعوة (يُقبل في دعوة الانضمام؛ ويُعترف به إن بلغت تقييماته المرجعية)، ما لم تعدّلها في لوحة الاختيار. القرار نهائي ويُنشر فورًا، ويصبح الترشّح المقبول مشروعًا.
application-rolling-decide = البتّ والنشر
flash-application-decided = تمّ البتّ في الترشّح، ونُشر القرار.
call-joined-heading = من انضمّ
call-joined-intro = تقبل هذه الدعوة الجماعات المحلية تباعًا مع ترشّحاتها. كل جماعة في هذه القائمة قُبلت أو اعتُرف بها؛ وتطول القائمة مع كل قرار.
call-joined-none = لم ينضمّ أحد بعد.
call-joined-organisation = الجماعة المحلية
call-joined-place = الجهة
call-joined-level = المستوى
call-joined-date = تاريخ الانضمام
call-joined-results = كل القرارات مع أسبابها

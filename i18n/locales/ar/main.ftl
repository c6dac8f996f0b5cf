# Convoca — Arabic catalog (Modern Standard Arabic). Same keys, in the same order, as en-US/main.ftl.

## Domain messages (field errors and problems)
error-required = هذا الحقل إلزامي.
error-too-long = { $max } حرفًا على الأكثر.
error-not-negative = يجب ألّا تكون القيمة سالبة.
error-email-invalid = هذا العنوان ليس عنوان بريد إلكتروني صالحًا.
error-email-taken = يوجد حساب مسجّل بهذا البريد الإلكتروني.
error-password-short = يجب أن تتكوّن كلمة المرور من { $min } حرفًا على الأقل.
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
form-password-hint = { $min } حرفًا على الأقل. بضع كلمات لا رابط بينها تشكّل كلمة مرور قوية يسهل تذكّرها.
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
account-token-revoke-named = إلغاء الرمز «{ $name }»
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
manage-verify-named = التحقّق من { $organisation }
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
admin-save-roles-of = حفظ أدوار { $name }
admin-activate = تفعيل
admin-activate-named = تفعيل { $name }
admin-deactivate = تعطيل
admin-deactivate-named = تعطيل { $name }
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
error-money-precision = { $digits } أرقام عشرية على الأكثر بعملة { $currency }.
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
eligibility-cofunding-pass = يمثّل التمويل المشترك { $share } % من الميزانية الجملية؛ والمطلوب { $minimum } % على الأقل.
eligibility-cofunding-fail = لا يمثّل التمويل المشترك إلا { $share } % من الميزانية الجملية؛ والمطلوب { $minimum } % على الأقل.
eligibility-cofunding-no-budget = لا توجد ميزانية بعد؛ ويجب أن يبلغ التمويل المشترك { $minimum } % منها.

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
error-organisation-not-found = لا يوجد هيكل بالمعرّف أو الرمز الرسمي «{ $value }».
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
calls-filter-country-hint = بلد البرنامج، مثل TN.
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
call-criterion-share = { $share } % من المجموع
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
rule-cofunding = يجب ألّا يقلّ التمويل المشترك عن { $share } % من الميزانية الجملية للمشروع.

## Managers: calls
manage-calls-title = إدارة الدعوات
manage-calls-heading = إدارة الدعوات
manage-calls-new-heading = دعوة جديدة
manage-calls-new-intro = تبدأ كل دعوة جديدة كمسودة لا يطّلع عليها إلا المديرون. أضف معاييرها وقواعدها وأسئلتها في المحرّر، ثم افتحها.

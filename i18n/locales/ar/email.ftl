## Emails: one subject and one body per kind of notification (`email-<kind>-subject`, `email-<kind>-body`).
## Arguments come from the message's payload; `$link` is where the recipient acts on it. The link line and the
## footer are added after the body: a body never repeats the link.

email-link = افتحه في Convoca: { $link }
email-footer-required = تتلقّى هذه الرسالة بسبب إجراء تمّ على Convoca يعنيك؛ ولا يمكن إيقافها.
email-footer-optional = يمكنك اختيار الرسائل التي يرسلها إليك Convoca بالبريد الإلكتروني من صفحة حسابك: { $preferences }

## Accounts

email-invitation-subject = دعوة للانضمام إلى { $organisation } على Convoca من { $inviter }
email-invitation-body =
    تلقّيت من { $inviter } دعوة للانضمام إلى { $organisation } على Convoca، المنصّة التي تقدّم فيها الجماعات المحلية طلباتها إلى البرامج الوطنية وتتابع فيها مشاريعها المموّلة.

    لقبول الدعوة، افتح الرابط أدناه واختر اسمك وكلمة مرور. يصلح الرابط لمرة واحدة، لمدة { $days ->
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }. إذا لم تكن تنتظر هذه الدعوة، فيمكنك ببساطة تجاهل هذه الرسالة.

email-password-reset-subject = اختر كلمة مرور جديدة لحسابك في Convoca
email-password-reset-body =
    مرحبًا { $name }،

    طلب شخص ما، على الأرجح أنت، إعادة تعيين كلمة مرور حسابك في Convoca. افتح الرابط أدناه لاختيار كلمة مرور جديدة؛ يصلح الرابط لمرة واحدة وتنتهي صلاحيته قريبًا.

    إذا لم تطلب ذلك، فيُرجى تجاهل هذه الرسالة: تبقى كلمة المرور على حالها.

## Applications

email-application-submitted-subject = تمّ استلام الطلب { $reference }
email-application-submitted-body =
    شكرًا لك: تمّ استلام طلبك «{ $application_title }» في إطار الدعوة { $call_title } بتاريخ { $submitted_at }. ومرجعه { $reference }؛ يُرجى ذكره كلما راسلت البرنامج.

    يُحفظ ما قدّمته تمامًا كما أرسلته، ويمكنك متابعة الطلب في Convoca في أي وقت. وسيتحقّق البرنامج الآن من أهليته ويُعلمك بالنتيجة.

email-application-screened-subject = { $outcome ->
        [eligible] الطلب { $reference } مؤهّل
       *[other] الطلب { $reference } غير مؤهّل
    }
email-application-screened-body =
    { $outcome ->
        [eligible] خبر سارّ: يستوفي طلبك «{ $application_title }» ({ $reference }) في إطار الدعوة { $call_title } قواعد الأهلية الخاصة بها. وسيُحال الآن إلى لجنة الانتقاء التي ستُسند له أعدادًا وفق معايير الدعوة.
       *[other] لا يستوفي طلبك «{ $application_title }» ({ $reference }) في إطار الدعوة { $call_title } قواعد الأهلية الخاصة بها، ولذلك لا يمكن إحالته إلى لجنة الانتقاء. وقد قدّم البرنامج التعليل التالي: { $reason }
    }

## Committee and reviews

email-review-assigned-subject = { $count ->
        [one] طلب واحد للتقييم في الدعوة { $call_title }
        [two] طلبان للتقييم في الدعوة { $call_title }
        [few] { $count } طلبات للتقييم في الدعوة { $call_title }
        [many] { $count } طلبًا للتقييم في الدعوة { $call_title }
       *[other] { $count } طلب للتقييم في الدعوة { $call_title }
    }
email-review-assigned-body =
    { $count ->
        [one] أُسند إليك تقييم طلب واحد في الدعوة { $call_title } ({ $call_code }).
        [two] أُسند إليك تقييم طلبين في الدعوة { $call_title } ({ $call_code }).
        [few] أُسند إليك تقييم { $count } طلبات في الدعوة { $call_title } ({ $call_code }).
        [many] أُسند إليك تقييم { $count } طلبًا في الدعوة { $call_title } ({ $call_code }).
       *[other] أُسند إليك تقييم { $count } طلب في الدعوة { $call_title } ({ $call_code }).
    }

    تعرض صفحة «تقييماتي» كل طلب مع بطاقة التقييم الخاصة به. يمكنك حفظ البطاقة كمسودة كلما شئت؛ وتبقى تقييمات الأعضاء الآخرين مخفية إلى أن تقدّم تقييمك. وإذا كان لديك تضارب مصالح بشأن أحد الطلبات، فيُرجى التصريح به من صفحة ذلك الطلب.

email-review-reminder-subject = { $outstanding ->
        [one] لا يزال عليك تقديم تقييم واحد في الدعوة { $call_title }
        [two] لا يزال عليك تقديم تقييمين في الدعوة { $call_title }
        [few] لا يزال عليك تقديم { $outstanding } تقييمات في الدعوة { $call_title }
        [many] لا يزال عليك تقديم { $outstanding } تقييمًا في الدعوة { $call_title }
       *[other] لا يزال عليك تقديم { $outstanding } تقييم في الدعوة { $call_title }
    }
email-review-reminder-body =
    { $outstanding ->
        [one] نودّ أن نذكّرك بأنّ أحد تقييماتك في الدعوة { $call_title } ({ $call_code }) لم يُقدَّم بعد.
        [two] نودّ أن نذكّرك بأنّ اثنين من تقييماتك في الدعوة { $call_title } ({ $call_code }) لم يُقدَّما بعد.
       *[other] نودّ أن نذكّرك بأنّ { $outstanding } من تقييماتك في الدعوة { $call_title } ({ $call_code }) لم تُقدَّم بعد.
    }

    { $has_deadline ->
        [yes] يُرجى تقديم التقييمات في أجل أقصاه { $deadline }. ولا تُحتسب المسودة إلا بعد تقديمها.
       *[other] لا تُحتسب المسودة إلا بعد تقديمها، وتحتاج اللجنة إلى جميع التقييمات قبل أن يتسنّى ترتيب الطلبات.
    }

    شكرًا لك على ما تخصّصه لأعمال اللجنة من وقت وعناية.

## Results

email-results-published-subject = نُشرت نتائج الدعوة { $call_title }
email-results-published-body =
    أصبحت نتائج الدعوة { $call_title } متاحة للعموم.

    { $outcome ->
        [selected] تهانينا: تمّ انتقاء طلبك «{ $application_title }» ({ $reference }) للتمويل. وسيتواصل معك البرنامج بشأن اتفاقية المنحة.
        [waitlisted] يستوفي طلبك «{ $application_title }» ({ $reference }) شروط التمويل، لكنه مُدرج على قائمة الانتظار: وقد يُموَّل إذا شغر مقعد.
       *[other] لم يتمّ انتقاء طلبك «{ $application_title }» ({ $reference }) هذه المرة. نشكرك على الجهد الذي بذلته في إعداده.
    }

    تعرض صفحة النتائج الترتيب، والأعداد التي أسندتها اللجنة لكل معيار، وسبب كل قرار.

## Funded projects

email-tranche-released-subject = تمّ صرف القسط { $tranche } لمشروع «{ $project }»
email-tranche-released-body =
    تمّ صرف القسط { $tranche } من منحة مشروع «{ $project }»، بمبلغ { $amount }. وستتمّ عملية الدفع لاحقًا؛ وتبيّن صفحة المشروع متى يُسجَّل القسط مدفوعًا.

email-milestone-accepted-subject = تمّ قبول المرحلة: { $milestone }
email-milestone-accepted-body =
    قبل البرنامج المرحلة «{ $milestone }» من مشروع «{ $project }». أحسنت، وشكرًا لك على الإثباتات المقدَّمة. وإذا كان أحد الأقساط ينتظر هذه المرحلة، فيمكن صرفه الآن.

email-milestone-changes-requested-subject = طلب تعديلات على المرحلة «{ $milestone }»
email-milestone-changes-requested-body =
    اطّلع البرنامج على إثباتات المرحلة «{ $milestone }» من مشروع «{ $project }»، ويطلب بعض التعديلات قبل قبولها:

    { $note }

    يمكنك تحديث الإثباتات وتقديمها من جديد من صفحة المشروع.

email-report-accepted-subject = تمّ قبول تقرير التقدّم { $report } لمشروع «{ $project }»
email-report-accepted-body =
    قبل البرنامج تقرير التقدّم { $report } لمشروع «{ $project }». شكرًا لك على إطلاع البرنامج على سير المشروع. وإذا كان أحد الأقساط ينتظر هذا التقرير، فيمكن صرفه الآن.

email-report-changes-requested-subject = طلب تعديلات على تقرير التقدّم { $report } لمشروع «{ $project }»
email-report-changes-requested-body =
    اطّلع البرنامج على تقرير التقدّم { $report } لمشروع «{ $project }»، ويطلب بعض التعديلات قبل قبوله:

    { $note }

    يمكنك تحديث التقرير وتقديمه من جديد من صفحة المشروع.

email-report-due-soon-subject = تقرير التقدّم { $report } لمشروع «{ $project }» مستحق في { $due_on }
email-report-due-soon-body =
    يحلّ أجل تقديم تقرير التقدّم { $report } لمشروع «{ $project }» في { $due_on }. ويتناول التقرير ما تمّ إنجازه، والنفقات إلى حدّ الآن، وقيم مؤشرات المشروع؛ ويمكنك تحريره وتقديمه من صفحة المشروع.

email-report-overdue-subject = تأخّر تقديم تقرير التقدّم { $report } لمشروع «{ $project }»
email-report-overdue-body =
    كان تقرير التقدّم { $report } لمشروع «{ $project }» مستحقًا في { $due_on } ولم يُقدَّم بعد. وإلى حين تقديمه، يظهر المشروع على أنه مهدَّد بالتعثّر، ولا يمكن صرف الأقساط التي تنتظره.

    إذا كان هناك ما يعيقك، فبإمكان البرنامج مساعدتك: يمكنك طلب المساعدة الفنية من صفحة المشروع.

email-assistance-assigned-subject = { $audience ->
        [expert] المساعدة الفنية لمشروع «{ $project }»: { $topic }
       *[other] تمّ تعيين { $expert } لمساعدتك بشأن «{ $topic }»
    }
email-assistance-assigned-body =
    { $audience ->
        [expert] طُلب منك تقديم المساعدة الفنية لمشروع «{ $project }» بشأن «{ $topic }». تعرض صفحة «طلبات المساعدة الفنية» ما يحتاجه الفريق؛ وعند إنجاز العمل، اعتبر الطلب معالجًا من تلك الصفحة مع ملاحظة تبيّن ما تمّ إنجازه.
       *[other] أُسند طلبك للحصول على المساعدة الفنية بشأن «{ $topic }» لمشروع «{ $project }» إلى { $expert }، الذي سيتواصل معك.
    }

email-assistance-resolved-subject = تمّت معالجة طلب المساعدة الفنية بشأن «{ $topic }»
email-assistance-resolved-body =
    تمّت معالجة طلبك للحصول على المساعدة الفنية بشأن «{ $topic }» لمشروع «{ $project }»، مع الملاحظة التالية:

    { $note }

    إذا احتجت إلى مزيد من المساعدة، فيمكنك تقديم طلب جديد من صفحة المشروع.

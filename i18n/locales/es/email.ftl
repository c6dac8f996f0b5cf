## Correos: un asunto y un cuerpo por tipo de notificación.

email-link = Ábralo en Convoca: { $link }
email-footer-required = Recibe este mensaje por una acción en Convoca que le concierne; no se puede desactivar.
email-footer-optional = Puede elegir qué mensajes le envía Convoca por correo en la página de su cuenta: { $preferences }

## Cuentas

email-invitation-subject = { $inviter } le invita a unirse a { $organisation } en Convoca
email-invitation-body =
    { $inviter } le invita a unirse a { $organisation } en Convoca, la plataforma donde los gobiernos locales se postulan a los programas nacionales y siguen sus proyectos financiados.

    Para aceptar, abra el enlace de abajo e indique su nombre y una contraseña. El enlace sirve una sola vez, durante { $days ->
        [one] un día
       *[other] { $days } días
    }. Si no esperaba esta invitación, puede ignorar este mensaje.

email-password-reset-subject = Elija una nueva contraseña de Convoca
email-password-reset-body =
    Hola, { $name }:

    Alguien, probablemente usted, pidió restablecer la contraseña de su cuenta de Convoca. Abra el enlace de abajo para elegir una nueva; sirve una sola vez y caduca pronto.

    Si no lo pidió usted, ignore este mensaje: su contraseña no cambia.

## Postulaciones

email-application-submitted-subject = Postulación { $reference } recibida
email-application-submitted-body =
    Gracias: hemos recibido su postulación «{ $application_title }» a la convocatoria { $call_title } el { $submitted_at }. Su referencia es { $reference }; indíquela siempre que escriba al programa.

    Lo que envió se conserva tal cual, y puede seguir su postulación en Convoca en cualquier momento. El programa comprobará ahora que es admisible y le avisará.

email-application-screened-subject = { $outcome ->
        [eligible] La postulación { $reference } es admisible
       *[other] La postulación { $reference } no es admisible
    }
email-application-screened-body =
    { $outcome ->
        [eligible] Buenas noticias: su postulación «{ $application_title }» ({ $reference }) a la convocatoria { $call_title } cumple los requisitos de admisibilidad. Pasa ahora al comité de selección, que la evaluará según los criterios de la convocatoria.
       *[other] Su postulación «{ $application_title }» ({ $reference }) a la convocatoria { $call_title } no cumple los requisitos de admisibilidad, por lo que no pasará al comité de selección. El programa indicó este motivo: { $reason }
    }

## Comité y evaluaciones

email-review-assigned-subject = { $count ->
        [one] Una postulación para evaluar en { $call_title }
       *[other] { $count } postulaciones para evaluar en { $call_title }
    }
email-review-assigned-body =
    { $count ->
        [one] Se le asignó una postulación para evaluar en la convocatoria { $call_title } ({ $call_code }).
       *[other] Se le asignaron { $count } postulaciones para evaluar en la convocatoria { $call_title } ({ $call_code }).
    }

    Su página de evaluaciones muestra cada postulación con su planilla de puntuación. Puede guardar una planilla como borrador tantas veces como quiera; las evaluaciones de los demás miembros permanecen ocultas hasta que envíe la suya. Si tiene un conflicto de interés con una postulación, declárelo desde su página.

email-review-reminder-subject = { $outstanding ->
        [one] Le queda una evaluación por enviar en { $call_title }
       *[other] Le quedan { $outstanding } evaluaciones por enviar en { $call_title }
    }
email-review-reminder-body =
    { $outstanding ->
        [one] Un recordatorio amable: aún no ha enviado una de sus evaluaciones de la convocatoria { $call_title } ({ $call_code }).
       *[other] Un recordatorio amable: aún no ha enviado { $outstanding } de sus evaluaciones de la convocatoria { $call_title } ({ $call_code }).
    }

    { $has_deadline ->
        [yes] El plazo de evaluación vence el { $deadline }. Un borrador solo cuenta una vez enviado.
       *[other] Un borrador solo cuenta una vez enviado, y el comité necesita todas las evaluaciones para poder clasificar las postulaciones.
    }

    Gracias por el tiempo y la dedicación que presta al comité.

## Resultados

email-results-published-subject = Se publicaron los resultados de { $call_title }
email-results-published-body =
    Los resultados de la convocatoria { $call_title } ya son públicos.

    { $outcome ->
        [selected] Enhorabuena: su postulación «{ $application_title }» ({ $reference }) fue seleccionada para recibir financiamiento. El programa se pondrá en contacto con usted para el convenio de subvención.
        [waitlisted] Su postulación «{ $application_title }» ({ $reference }) reúne las condiciones para recibir financiamiento, pero quedó en lista de espera: aún podría financiarse si se libera un lugar.
       *[other] Su postulación «{ $application_title }» ({ $reference }) no fue seleccionada esta vez. Gracias por el trabajo que dedicó a prepararla.
    }

    La página de resultados muestra la clasificación, los puntajes del comité en cada criterio y el motivo de cada decisión.

## Proyectos financiados

email-tranche-released-subject = Tramo { $tranche } de «{ $project }» liberado
email-tranche-released-body =
    Se liberó el tramo { $tranche } de la subvención del proyecto «{ $project }», por { $amount }. El pago llegará a continuación; la página del proyecto muestra cuándo queda registrado como pagado.

email-milestone-accepted-subject = Hito aceptado: { $milestone }
email-milestone-accepted-body =
    El programa aceptó el hito «{ $milestone }» del proyecto «{ $project }». Enhorabuena, y gracias por la evidencia aportada. Si un tramo esperaba este hito, ya puede liberarse.

email-milestone-changes-requested-subject = Se piden cambios en el hito «{ $milestone }»
email-milestone-changes-requested-body =
    El programa revisó la evidencia del hito «{ $milestone }» del proyecto «{ $project }» y pide algunos cambios antes de aceptarlo:

    { $note }

    Puede actualizar la evidencia y enviarla de nuevo desde la página del proyecto.

email-report-accepted-subject = Informe de avance { $report } de «{ $project }» aceptado
email-report-accepted-body =
    El programa aceptó el informe de avance { $report } del proyecto «{ $project }». Gracias por mantener informado al programa. Si un tramo esperaba este informe, ya puede liberarse.

email-report-changes-requested-subject = Se piden cambios en el informe de avance { $report } de «{ $project }»
email-report-changes-requested-body =
    El programa leyó el informe de avance { $report } del proyecto «{ $project }» y pide algunos cambios antes de aceptarlo:

    { $note }

    Puede actualizar el informe y enviarlo de nuevo desde la página del proyecto.

email-report-due-soon-subject = El informe de avance { $report } de «{ $project }» vence el { $due_on }
email-report-due-soon-body =
    El informe de avance { $report } del proyecto «{ $project }» vence el { $due_on }. Recoge lo realizado, el gasto a la fecha y los valores de los indicadores del proyecto; puede redactarlo y enviarlo desde la página del proyecto.

email-report-overdue-subject = El informe de avance { $report } de «{ $project }» está vencido
email-report-overdue-body =
    El informe de avance { $report } del proyecto «{ $project }» vencía el { $due_on } y aún no se ha enviado. Mientras tanto, el proyecto figura en riesgo y los tramos que dependen de él no pueden liberarse.

    Si algo le impide avanzar, el programa puede ayudarle: pida asistencia técnica desde la página del proyecto.

email-assistance-assigned-subject = { $audience ->
        [expert] Asistencia técnica para «{ $project }»: { $topic }
       *[other] { $expert } le ayudará con «{ $topic }»
    }
email-assistance-assigned-body =
    { $audience ->
        [expert] Se le pidió prestar asistencia técnica al proyecto «{ $project }» sobre «{ $topic }». Su página de asistencia técnica muestra lo que necesita el equipo; cuando termine, márquela como resuelta allí con una nota sobre lo realizado.
       *[other] La asistencia técnica sobre «{ $topic }» que pidió para el proyecto «{ $project }» quedó a cargo de { $expert }, que se pondrá en contacto con ustedes.
    }

email-assistance-resolved-subject = Asistencia técnica sobre «{ $topic }» completada
email-assistance-resolved-body =
    La asistencia técnica sobre «{ $topic }» que pidió para el proyecto «{ $project }» se dio por resuelta, con esta nota:

    { $note }

    Si necesita más ayuda, puede volver a pedirla desde la página del proyecto.

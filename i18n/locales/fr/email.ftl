## Courriels : un objet et un corps par type de notification.

email-link = Ouvrir dans Convoca : { $link }
email-footer-required = Vous recevez ce message à la suite d’une action sur Convoca qui vous concerne ; il ne peut pas être désactivé.
email-footer-optional = Vous pouvez choisir les messages que Convoca vous envoie par courriel sur la page de votre compte : { $preferences }

## Comptes

email-invitation-subject = { $inviter } vous invite à rejoindre { $organisation } sur Convoca
email-invitation-body =
    { $inviter } vous invite à rejoindre { $organisation } sur Convoca, la plateforme où les collectivités locales candidatent aux programmes nationaux et suivent leurs projets financés.

    Pour accepter, ouvrez le lien ci-dessous et choisissez votre nom et un mot de passe. Le lien ne sert qu’une fois et reste valable { $days ->
        [one] un jour
       *[other] { $days } jours
    }. Si vous n’attendiez pas cette invitation, vous pouvez ignorer ce message.

email-password-reset-subject = Choisissez un nouveau mot de passe Convoca
email-password-reset-body =
    Bonjour { $name },

    Quelqu’un, probablement vous, a demandé à réinitialiser le mot de passe de votre compte Convoca. Ouvrez le lien ci-dessous pour en choisir un nouveau ; il ne sert qu’une fois et expire bientôt.

    Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.

## Candidatures

email-application-submitted-subject = Candidature { $reference } reçue
email-application-submitted-body =
    Merci : votre candidature « { $application_title } » à l’appel { $call_title } a bien été reçue le { $submitted_at }. Sa référence est { $reference } ; rappelez-la dans vos échanges avec le programme.

    Ce que vous avez soumis est conservé tel quel, et vous pouvez suivre votre candidature dans Convoca à tout moment. Le programme va maintenant vérifier sa recevabilité et vous tiendra informé.

email-application-screened-subject = { $outcome ->
        [eligible] La candidature { $reference } est recevable
       *[other] La candidature { $reference } n’est pas recevable
    }
email-application-screened-body =
    { $outcome ->
        [eligible] Bonne nouvelle : votre candidature « { $application_title } » ({ $reference }) à l’appel { $call_title } remplit les conditions de recevabilité. Elle passe maintenant au comité de sélection, qui l’évaluera selon les critères de l’appel.
       *[other] Votre candidature « { $application_title } » ({ $reference }) à l’appel { $call_title } ne remplit pas les conditions de recevabilité ; elle ne pourra donc pas être examinée par le comité de sélection. Motif indiqué par le programme : { $reason }
    }

## Comité et évaluations

email-review-assigned-subject = { $count ->
        [one] Une candidature à évaluer pour { $call_title }
       *[other] { $count } candidatures à évaluer pour { $call_title }
    }
email-review-assigned-body =
    { $count ->
        [one] Une candidature vous a été confiée pour évaluation dans l’appel { $call_title } ({ $call_code }).
       *[other] { $count } candidatures vous ont été confiées pour évaluation dans l’appel { $call_title } ({ $call_code }).
    }

    Votre page d’évaluations présente chaque candidature avec sa grille de notation. Vous pouvez enregistrer une grille comme brouillon aussi souvent que vous le souhaitez ; les évaluations des autres membres restent masquées jusqu’à ce que vous soumettiez la vôtre. Si vous avez un conflit d’intérêts avec une candidature, déclarez-le depuis sa page.

email-review-reminder-subject = { $outstanding ->
        [one] Une évaluation reste à soumettre pour { $call_title }
       *[other] { $outstanding } évaluations restent à soumettre pour { $call_title }
    }
email-review-reminder-body =
    { $outstanding ->
        [one] Petit rappel : une de vos évaluations pour l’appel { $call_title } ({ $call_code }) n’est pas encore soumise.
       *[other] Petit rappel : { $outstanding } de vos évaluations pour l’appel { $call_title } ({ $call_code }) ne sont pas encore soumises.
    }

    { $has_deadline ->
        [yes] Les évaluations sont attendues au plus tard le { $deadline }. Un brouillon ne compte qu’une fois soumis.
       *[other] Un brouillon ne compte qu’une fois soumis, et le comité a besoin de toutes les évaluations pour classer les candidatures.
    }

    Merci pour le temps et le soin que vous consacrez au comité.

## Résultats

email-results-published-subject = Les résultats de l’appel « { $call_title } » sont publiés
email-results-published-body =
    Les résultats de l’appel { $call_title } sont désormais publics.

    { $outcome ->
        [selected] Félicitations : votre candidature « { $application_title } » ({ $reference }) est retenue pour un financement. Le programme vous contactera au sujet de la convention de subvention.
        [waitlisted] Votre candidature « { $application_title } » ({ $reference }) remplit les conditions d’un financement mais figure sur la liste d’attente : elle pourra encore être financée si une place se libère.
       *[other] Votre candidature « { $application_title } » ({ $reference }) n’a pas été retenue cette fois-ci. Merci pour le travail que vous y avez consacré.
    }

    La page des résultats présente le classement, les notes du comité pour chaque critère et la justification de chaque décision.

## Projets financés

email-tranche-released-subject = Tranche { $tranche } du projet « { $project } » débloquée
email-tranche-released-body =
    La tranche { $tranche } de la subvention du projet « { $project } », soit { $amount }, a été débloquée. Le paiement suit ; la page du projet indique quand il est enregistré comme payé.

email-milestone-accepted-subject = Jalon accepté : { $milestone }
email-milestone-accepted-body =
    Le programme a accepté le jalon « { $milestone } » du projet « { $project } ». Bravo, et merci pour les justificatifs fournis. Si une tranche attendait ce jalon, elle peut maintenant être débloquée.

email-milestone-changes-requested-subject = Modifications demandées sur le jalon « { $milestone } »
email-milestone-changes-requested-body =
    Le programme a examiné les justificatifs du jalon « { $milestone } » du projet « { $project } » et demande quelques modifications avant de l’accepter :

    { $note }

    Vous pouvez compléter les justificatifs et les soumettre à nouveau depuis la page du projet.

email-report-accepted-subject = Rapport d’avancement { $report } du projet « { $project } » accepté
email-report-accepted-body =
    Le programme a accepté le rapport d’avancement { $report } du projet « { $project } ». Merci pour ce suivi régulier. Si une tranche attendait ce rapport, elle peut maintenant être débloquée.

email-report-changes-requested-subject = Modifications demandées sur le rapport d’avancement { $report } du projet « { $project } »
email-report-changes-requested-body =
    Le programme a lu le rapport d’avancement { $report } du projet « { $project } » et demande quelques modifications avant de l’accepter :

    { $note }

    Vous pouvez compléter le rapport et le soumettre à nouveau depuis la page du projet.

email-report-due-soon-subject = Rapport d’avancement { $report } du projet « { $project } » attendu le { $due_on }
email-report-due-soon-body =
    Le rapport d’avancement { $report } du projet « { $project } » est attendu le { $due_on }. Il présente ce qui a été réalisé, les dépenses à date et les valeurs des indicateurs du projet ; vous pouvez le rédiger et le soumettre depuis la page du projet.

email-report-overdue-subject = Rapport d’avancement { $report } du projet « { $project } » en retard
email-report-overdue-body =
    Le rapport d’avancement { $report } du projet « { $project } » était attendu le { $due_on } et n’a pas encore été soumis. D’ici là, le projet apparaît comme à risque et les tranches qui en dépendent ne peuvent pas être débloquées.

    Si quelque chose vous freine, le programme peut vous aider : demandez une assistance technique depuis la page du projet.

email-assistance-assigned-subject = { $audience ->
        [expert] Assistance technique pour le projet « { $project } » : { $topic }
       *[other] { $expert } vous aidera sur « { $topic } »
    }
email-assistance-assigned-body =
    { $audience ->
        [expert] Il vous est demandé d’apporter une assistance technique au projet « { $project } » sur « { $topic } ». Votre page d’assistance technique présente les besoins de l’équipe ; une fois le travail fait, clôturez la demande depuis cette page avec une note sur ce qui a été fait.
       *[other] Votre demande d’assistance technique sur « { $topic } » pour le projet « { $project } » a été confiée à { $expert }, qui prendra contact avec vous.
    }

email-assistance-resolved-subject = Assistance technique sur « { $topic } » terminée
email-assistance-resolved-body =
    Votre demande d’assistance technique sur « { $topic } » pour le projet « { $project } » a été clôturée, avec cette note :

    { $note }

    Si vous avez besoin d’aide supplémentaire, vous pouvez en demander à nouveau depuis la page du projet.

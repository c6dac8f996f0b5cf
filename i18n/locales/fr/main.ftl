# Convoca — catalogue français. Il doit contenir toutes les clés du catalogue anglais (un test le vérifie).

## Messages du domaine (erreurs de champ et problèmes)
error-required = Ce champ est obligatoire.
error-too-long = { $max } caractères au maximum.
error-not-negative = La valeur ne peut pas être négative.
error-email-invalid = Cette adresse électronique n’est pas valide.
error-email-taken = Un compte existe déjà avec cette adresse électronique.
error-password-short = Le mot de passe doit comporter au moins { $min } caractères.
error-password-weak = Ce mot de passe est trop facile à deviner : c’est un mot de passe courant, un motif simple, ou il ressemble à votre nom ou à votre adresse e-mail. Quelques mots sans rapport entre eux font un mot de passe solide et facile à retenir.
error-password-wrong = Le mot de passe actuel n’est pas correct.
error-role-unknown = Rôle inconnu : « { $value } ».
error-kind-unknown = Type d’organisation inconnu : « { $value } ».
error-kind-not-local-government = Seules les collectivités locales peuvent s’inscrire ; les organisations partenaires sont enregistrées par un gestionnaire de programme.
error-country-unknown = « { $value } » n’est pas un code de pays ISO 3166-1.
error-subdivision-unknown = « { $value } » n’est pas une subdivision de { $country }.
error-parent-unknown = L’organisation de rattachement n’existe pas.
error-parent-self = Une organisation ne peut pas être rattachée à elle-même.
error-organisation-unknown = Cette organisation n’existe pas.
error-organisation-registered = Une organisation de ce nom est déjà enregistrée dans ce pays. Si c’est la vôtre, demandez une invitation à un collègue qui utilise déjà Convoca, ou au programme.
error-cannot-remove-own-admin = Vous ne pouvez pas vous retirer votre propre rôle d’administrateur.
error-cannot-deactivate-self = Vous ne pouvez pas désactiver votre propre compte.
error-stale-version = Quelqu’un d’autre a modifié cet élément entre-temps. Rechargez-le et appliquez de nouveau votre modification.
error-duplicate = Cet élément existe déjà.

## Interface web : le cadre de chaque page
site-name = Convoca
layout-skip-to-content = Aller au contenu principal
layout-nav-label = Principale
layout-language = Langue
layout-language-change = Changer
layout-footer = Convoca : des appels à projets ouverts et compétitifs entre programmes nationaux et collectivités locales.
nav-home = Accueil
nav-signup = S’inscrire
nav-login = Se connecter
nav-account = Mon compte
nav-organisation = Mon organisation
nav-organisations = Organisations
nav-users = Utilisateurs
nav-logout = Se déconnecter

## Accueil
home-title = Accueil
home-heading = Des appels à projets compétitifs, en toute transparence
home-intro = Convoca organise des appels à projets compétitifs entre programmes nationaux et collectivités locales. Une agence nationale publie un appel avec ses critères et son budget ; les communes, provinces et États candidatent en ligne, seuls ou avec des partenaires de la société civile ; un comité réunissant des membres de l’administration et de la société civile note les candidatures ; les résultats, avec leurs motifs, et l’avancement des projets pilotes financés sont publiés à la vue de tous.
home-signed-in-as = Connecté en tant que { $name }.
home-unverified-notice = L’organisation { $organisation } n’a pas encore été vérifiée. Un gestionnaire de programme doit la vérifier avant qu’elle puisse déposer des candidatures.
home-go-account = Votre compte
home-go-organisation = Votre organisation
home-get-started = Pour commencer
home-anonymous = Les collectivités locales s’inscrivent ici pour candidater aux appels. Le personnel des programmes et les membres des comités reçoivent leur compte d’un administrateur.
home-signup-button = Inscrire votre collectivité
home-login-button = Se connecter

## Libellés communs
date-never = Jamais
role-admin = Administrateur
role-manager = Gestionnaire de programme
role-reviewer = Évaluateur
role-applicant = Candidat
role-none = Aucun rôle
kind-national-agency = Agence nationale
kind-region = Région
kind-province = Province
kind-state = État
kind-department = Département
kind-county = Comté
kind-municipality = Commune
kind-association-of-municipalities = Association de communes
kind-civil-society = Organisation de la société civile
kind-academia = Université ou organisme de recherche
kind-private = Entreprise privée
kind-international = Organisation internationale
user-active = Actif
user-inactive = Désactivé

## Formulaires et listes
form-choose = Choisissez…
form-error-summary-title = Il y a un problème
form-error-prefix = Erreur :
form-error-not-a-whole-number = Saisissez un nombre entier, par exemple 25000.
form-password-hint = Au moins { $min } caractères. Quelques mots sans rapport entre eux font un mot de passe solide et facile à retenir.
filter-any = Tous
filter-apply = Appliquer les filtres
list-count = { $count ->
    [one] { $count } résultat
   *[other] { $count } résultats
}
pager-label = Pages
pager-previous = Page précédente
pager-next = Page suivante
pager-position = Page { $page } sur { $pages }

## Messages après une modification
flash-signed-up = Bienvenue sur Convoca ! Votre organisation est enregistrée.
flash-signed-out = Vous êtes déconnecté.
flash-profile-saved = Votre profil a été enregistré.
flash-password-changed = Votre mot de passe a été modifié et toutes vos autres sessions ont été fermées.
flash-password-changed-login = Votre mot de passe a été modifié. Connectez-vous avec votre nouveau mot de passe.
flash-token-revoked = Le jeton d’API a été révoqué.
flash-organisation-saved = Le profil de l’organisation a été enregistré.
flash-organisation-verified = L’organisation a été vérifiée.
flash-organisation-registered = L’organisation a été enregistrée. Elle figure comme non vérifiée jusqu’à ce qu’un gestionnaire la vérifie.
flash-invitation-accepted = Bienvenue ! Vous avez rejoint votre organisation sur Convoca.
flash-roles-saved = Les rôles ont été enregistrés.
flash-user-created = L’utilisateur a été créé.
flash-user-activated = L’utilisateur a été activé.
flash-user-deactivated = L’utilisateur a été désactivé et toutes ses sessions ont été fermées.

## Pages d’erreur
error-page-not-found-title = Page introuvable
error-page-not-found = Il n’y a rien à cette adresse. Si vous l’avez saisie, vérifiez-la ; si vous avez suivi un lien, il a peut-être expiré ou déjà été utilisé.
error-page-forbidden-title = Accès refusé
error-page-forbidden = Votre compte n’a pas l’autorisation de voir cette page ni d’effectuer cette action.
error-page-csrf-title = Le formulaire n’a pas pu être accepté
error-page-csrf = Le formulaire a été envoyé sans son jeton de sécurité, ou ce jeton a expiré. Rien n’a été modifié. Revenez en arrière, rechargez la page et réessayez.
error-page-invalid-title = Certaines informations ne sont pas valides
error-page-conflict-title = L’opération n’a pas pu être effectuée
error-page-invalid-transition = Ce n’est pas possible dans l’état actuel.
error-page-deadline-passed = La date limite est dépassée.
error-page-rate-limited-title = Trop de tentatives
error-rate-limited-seconds = Trop de tentatives infructueuses. Réessayez dans { $seconds ->
    [one] { $seconds } seconde
   *[other] { $seconds } secondes
}.
error-rate-limited-minutes = Trop de tentatives infructueuses. Réessayez dans { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}.
error-page-internal-title = Une erreur est survenue
error-page-internal = Désolé, Convoca n’a pas pu traiter cette demande. Réessayez dans un instant ; si le problème persiste, communiquez à votre administrateur la référence ci-dessous.
error-page-reference = Référence :
error-page-home-link = Aller à la page d’accueil
error-page-method-title = Non pris en charge
error-page-method = Cette page ne peut pas être utilisée de cette façon.
error-page-bad-request-title = La demande n’a pas pu être comprise
error-page-bad-request = Un élément de la demande n’était pas conforme. Revenez en arrière et réessayez.

## Inscription
signup-title = S’inscrire
signup-heading = Inscrire votre collectivité locale
signup-intro = Enregistrez votre commune, votre province ou votre État et créez votre propre compte. Un gestionnaire de programme vérifiera ensuite votre organisation avant qu’elle puisse déposer des candidatures.
signup-organisation-legend = Votre organisation
signup-organisation-name = Nom officiel
signup-organisation-kind = Type de collectivité
signup-organisation-country = Pays
signup-organisation-country-hint = Code ISO du pays à deux lettres, par exemple TN pour la Tunisie, DE pour l’Allemagne ou AR pour l’Argentine.
signup-organisation-subdivision = Subdivision (facultatif)
signup-organisation-subdivision-hint = Code ISO 3166-2 de votre gouvernorat, région ou province, par exemple TN-11.
signup-organisation-population = Population (facultatif)
signup-organisation-population-hint = Nombre d’habitants, en chiffres.
signup-organisation-official-code = Code officiel (facultatif)
signup-organisation-official-code-hint = Le code de votre organisation dans le registre national, s’il existe.
signup-person-legend = Votre compte
signup-name = Vos nom et prénom
signup-email = Adresse électronique
signup-password = Mot de passe
signup-submit = S’inscrire
signup-have-account = Vous avez déjà un compte ?
signup-login-link = Connectez-vous

## Connexion
login-title = Se connecter
login-heading = Se connecter à Convoca
login-email = Adresse électronique
login-password = Mot de passe
login-submit = Se connecter
login-problem-title = La connexion a échoué
login-failed = L’adresse électronique ou le mot de passe n’est pas correct.
login-no-account = Pas encore de compte ?
login-signup-link = Inscrivez votre collectivité

## Mon compte
account-title = Mon compte
account-heading = Mon compte
account-email = Adresse électronique
account-roles = Rôles
account-member-since = Membre depuis le
account-profile-heading = Profil
account-name = Nom
account-profile-submit = Enregistrer le profil
account-password-heading = Mot de passe
account-password-intro = Changer de mot de passe vous déconnecte de tous vos autres appareils.
account-current-password = Mot de passe actuel
account-new-password = Nouveau mot de passe
account-password-submit = Changer le mot de passe
account-tokens-heading = Jetons d’API
account-tokens-intro = Les jetons d’API permettent à des scripts et à d’autres systèmes d’utiliser l’API de Convoca en votre nom. Révoquez un jeton dès que vous n’en avez plus besoin.
account-tokens-none = Vous n’avez aucun jeton d’API.
account-token-name = Nom
account-token-name-hint = À quoi sert le jeton, par exemple « Export du rapport mensuel ».
account-token-prefix = Commence par
account-token-created-at = Créé le
account-token-last-used = Dernière utilisation
account-token-status = État
account-token-revoked-at = Révoqué le { $date }
account-token-revoke = Révoquer
account-token-new-heading = Créer un jeton
account-token-submit = Créer le jeton
account-token-created = Jeton « { $name } » créé
account-token-copy-warning = Copiez ce jeton maintenant : il ne sera plus affiché.
account-token-secret = Votre nouveau jeton

## Invitations
invitation-title = Rejoindre votre organisation
invitation-heading = Rejoindre { $organisation } sur Convoca
invitation-intro = Vous avez été invité à l’adresse { $email }. Choisissez votre nom et un mot de passe pour créer votre compte.
invitation-name = Vos nom et prénom
invitation-password = Mot de passe
invitation-submit = Créer mon compte
invitation-status-pending = En attente
invitation-status-accepted = Acceptée
invitation-status-expired = Expirée

## Mon organisation
organisation-eyebrow = Mon organisation
organisation-unverified-notice = Aucun gestionnaire de programme n’a encore vérifié cette organisation. Elle ne peut pas déposer de candidature d’ici là.
organisation-name = Nom
organisation-kind = Type
organisation-kind-hint = Si vous changez le type ou le pays, l’organisation devra être vérifiée de nouveau.
organisation-country = Pays
organisation-subdivision = Subdivision
organisation-population = Population
organisation-official-code = Code officiel
organisation-status = Statut
organisation-verified-on = Vérifiée le { $date }
organisation-unverified = Non vérifiée
organisation-edit-heading = Modifier le profil
organisation-edit-submit = Enregistrer le profil
organisation-members-heading = Membres
organisation-member-name = Nom
organisation-member-email = Adresse électronique
organisation-member-roles = Rôles
organisation-member-status = Statut
organisation-invitations-heading = Invitations
organisation-invitations-intro = Invitez vos collègues à préparer avec vous les candidatures de votre organisation. Chaque lien d’invitation ne fonctionne qu’une fois, pendant { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}.
organisation-invitations-none = Aucune invitation pour l’instant.
organisation-invitation-email = Adresse électronique
organisation-invitation-sent = Envoyée le
organisation-invitation-expires = Expire le
organisation-invitation-status = Statut
organisation-invite-heading = Inviter un collègue
organisation-invite-email = Adresse électronique de votre collègue
organisation-invite-email-hint = Convoca n’envoie pas encore de courriels : vous obtiendrez un lien à transmettre vous-même à votre collègue.
organisation-invite-submit = Créer une invitation
organisation-invitation-created = Invitation pour { $email } créée
organisation-invitation-copy-warning = Envoyez ce lien à votre collègue maintenant : il ne sera plus affiché.
organisation-invitation-link = Lien d’invitation

## Gestionnaires : organisations
manage-title = Organisations
manage-heading = Organisations
manage-filters-label = Filtrer les organisations
manage-filter-search = Le nom contient
manage-filter-verified = Vérification
manage-filter-kind = Type
manage-filter-country = Code du pays
manage-verified = Vérifiées
manage-unverified = Non vérifiées
manage-verify = Vérifier
manage-new-heading = Enregistrer une organisation
manage-new-intro = Les collectivités locales s’inscrivent elles-mêmes. Enregistrez ici les organisations qui ne le font pas : agences nationales, partenaires de la société civile, universités et autres.
manage-new-subdivision-hint = Code ISO 3166-2 du gouvernorat, de la région ou de la province, par exemple TN-11.
manage-new-official-code-hint = Le code de l’organisation dans le registre national, s’il existe.
manage-new-submit = Enregistrer l’organisation

## Administrateurs : utilisateurs
admin-title = Utilisateurs
admin-heading = Utilisateurs
admin-filters-label = Filtrer les utilisateurs
admin-filter-search = Le nom ou l’adresse contient
admin-filter-role = Rôle
admin-filter-active = Statut
admin-user = Utilisateur
admin-roles = Rôles
admin-status = Statut
admin-roles-of = Rôles de { $name }
admin-save-roles = Enregistrer les rôles
admin-activate = Activer
admin-deactivate = Désactiver
admin-new-user-heading = Créer un utilisateur
admin-name = Nom
admin-email = Adresse électronique
admin-password = Mot de passe initial
admin-organisation-id = Identifiant de l’organisation (facultatif)
admin-organisation-id-hint = L’identifiant de l’organisation pour laquelle l’utilisateur agit. Laissez ce champ vide pour le personnel des programmes.
admin-create-user = Créer l’utilisateur

## Money (domain messages)
error-currency-unknown = « { $value } » n’est pas un code de devise ISO 4217.
error-money-invalid = « { $value } » n’est pas un montant ; écrivez-le comme 12500.50.
error-money-negative = Le montant ne peut pas être négatif.
error-money-precision = Au plus { $digits } décimales en { $currency }.
error-money-too-large = Ce montant est trop élevé.

## Eligibility explanations (domain messages)
list-separator = {", "}
eligibility-range-between = entre { $min } et { $max }
eligibility-range-at-least = d’au moins { $min }
eligibility-range-at-most = d’au plus { $max }
eligibility-range-any = de toute taille
eligibility-kind-pass = Le type « { $kind } » fait partie des types d’organisation acceptés par cet appel ({ $allowed }).
eligibility-kind-fail = Cet appel n’accepte que les types d’organisation suivants : { $allowed } ; le type « { $kind } » n’en fait pas partie.
eligibility-population-pass = La population du candidat, de { $population } habitants, est { $range }, comme l’exige l’appel.
eligibility-population-fail = L’appel exige une population { $range } ; celle du candidat est de { $population } habitants.
eligibility-population-unknown = La population du candidat n’est pas renseignée ; l’appel exige une population { $range }.
eligibility-location-pass = { $place } fait partie des territoires couverts par cet appel ({ $allowed }).
eligibility-location-fail = Cet appel ne couvre que { $allowed } ; { $place } n’en fait pas partie.
eligibility-prerequisites-pass = Toutes les étapes requises sont enregistrées : { $required }.
eligibility-prerequisites-fail = Il manque encore : { $missing }.
eligibility-consortium-count = { $count } de type « { $kind } » (minimum { $minimum })
eligibility-consortium-pass = Le consortium compte les membres requis : { $counts }.
eligibility-consortium-fail = Il manque des membres au consortium : { $short }.
eligibility-amount-pass = Le montant demandé ({ $amount }) respecte les limites de l’appel, qui exige un montant { $range }.
eligibility-amount-fail = Le montant demandé ({ $amount }) sort des limites de l’appel, qui exige un montant { $range }.
eligibility-amount-missing = Aucun montant n’est encore demandé ; l’appel exige un montant { $range }.
eligibility-cofunding-pass = Le cofinancement représente { $share } du budget total ; au moins { $minimum } sont exigés.
eligibility-cofunding-fail = Le cofinancement ne représente que { $share } du budget total ; au moins { $minimum } sont exigés.
eligibility-cofunding-no-budget = Il n’y a pas encore de budget ; le cofinancement doit en atteindre { $minimum }.

## Programmes and calls (domain messages)
error-number-invalid = « { $value } » n’est pas un nombre.
error-weight-positive = La pondération doit être supérieure à zéro.
error-at-least = Doit valoir au moins { $min }.
error-between = Doit être compris entre { $min } et { $max }.
error-question-kind-unknown = Type de question inconnu « { $value } ».
error-choices-too-few = Indiquez au moins deux choix.
error-choices-duplicate = Chaque choix ne peut figurer qu’une fois.
error-time-zone-unknown = « { $value } » n’est pas un fuseau horaire IANA (par exemple Africa/Tunis).
error-call-code = Utilisez de 2 à 12 lettres ou chiffres, par exemple TUN.
error-closes-after-opens = La clôture doit suivre l’ouverture.
error-max-award-below-min = La subvention maximale ne peut être inférieure à la minimale.
error-budget-below-max-award = Le budget total doit couvrir au moins la subvention maximale.
error-agency-unknown = Choisissez une organisation de type agence nationale.
error-currency-locked = La devise ne peut plus changer une fois que le programme a des appels.
error-programme-unknown = Ce programme n’existe pas.
error-call-frozen = L’appel est à l’état « { $state } » : { $parts } ne peuvent plus changer, afin que chaque candidat soit jugé selon les règles qu’il a lues.
error-deadline-in-past = La date limite est déjà passée.
error-call-needs-criteria = Un appel doit avoir au moins un critère avant d’ouvrir.
error-tie-break-unknown = L’ordre de départage cite un critère que l’appel n’a pas.
error-rule-invalid = Cette règle n’est pas comprise ({ $reason }).
error-rule-empty = Cette règle ne dit encore rien ; complétez-la ou supprimez-la.
error-range-order = La borne inférieure ne peut dépasser la borne supérieure.
error-prerequisite-unknown = Ce prérequis n’est pas défini par le programme.
error-prerequisite-recorded = Ce prérequis est déjà enregistré pour cette organisation.
error-prerequisite-name-unknown = Le programme n’a aucun prérequis nommé « { $value } ».
error-date-in-future = La date ne peut pas être dans le futur.
error-date-invalid = « { $value } » n’est pas une date ; écrivez-la AAAA-MM-JJ.
error-organisation-not-found = Aucune organisation n’a l’identifiant, le code officiel ou le nom « { $value } ».
error-csv-unreadable = Le fichier n’a pas pu être lu comme CSV.
error-csv-columns = Le fichier doit avoir les colonnes { $columns }.
error-csv-row-unreadable = Cette ligne n’a pas pu être lue.
error-csv-row-failed = Cette ligne n’a pas pu être enregistrée ; réessayez ou saisissez-la à la main.

## Interface web : navigation vers les appels et les programmes
nav-calls = Appels à projets
nav-programmes = Programmes
nav-manage-calls = Gérer les appels

## Formulaires des appels
form-error-datetime = Saisissez une date et une heure, par exemple 2027-01-31 23:59.
form-error-datetime-gap = Cette heure n’existe pas dans { $zone } : c’est le moment du changement d’heure. Choisissez une autre heure.
form-error-on-line = Ligne { $line } : { $message }
form-error-quota-line = Écrivez un code de subdivision, puis le nombre minimal et maximal de subventions, par exemple « TN-42 1 3 ».
form-error-tie-break = Écrivez des numéros de critères séparés par des virgules, par exemple « 1, 3 ».

## Appels : la liste publique
calls-title = Appels à projets
calls-heading = Appels à projets
calls-intro = Appels publiés par des programmes nationaux pour les collectivités locales. Ouvrez un appel pour savoir qui peut candidater, comment les candidatures sont notées et quelle est la date limite.
calls-filters-label = Filtrer les appels
calls-filter-programme = Programme
calls-filter-country = Code pays
calls-filter-status = Statut
calls-filter-upcoming = Bientôt ouverts
calls-filter-open = Ouverts aux candidatures
calls-filter-past = Clos
calls-filter-draft = Brouillons
calls-none = Aucun appel ne correspond à ces filtres.

## Appels : la page d’un appel
call-title = Titre
call-programme = Programme
call-status = Statut
call-deadline = Date limite
call-opens = Ouverture
call-budget = Budget total
call-awards = Subvention par projet
call-award-range = de { $min } à { $max }
call-slots = Nombre maximal de projets financés
call-min-total-score = Note totale minimale
call-score-out-of-100 = { $score } sur 100
call-quotas = Subventions par région
call-quota = { $subdivision } : { $range }
call-reference-code = Code de référence
call-status-upcoming = Ouvre bientôt
call-status-open = Ouvert aux candidatures
call-time-left-days = Il reste { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}{ $hours ->
    [0] {""}
    [one] {" "}et { $hours } heure
   *[other] {" "}et { $hours } heures
}
call-time-left-hours = Il reste { $hours ->
    [one] { $hours } heure
   *[other] { $hours } heures
}{ $minutes ->
    [0] {""}
    [one] {" "}et { $minutes } minute
   *[other] {" "}et { $minutes } minutes
}
call-time-left-minutes = Il reste { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
call-apply = Candidater à cet appel
call-edit-link = Modifier cet appel
call-description-heading = À propos de cet appel
call-rules-heading = Qui peut candidater
call-rules-none = Cet appel ne fixe aucune condition d’éligibilité.
call-criteria-heading = Critères de sélection
call-criteria-intro = Le comité note chaque candidature éligible sur chaque critère. Les pondérations indiquent le poids de chaque critère dans la note totale, sur 100.
call-criteria-none = Pas encore de critères.
call-criterion-position = N°
call-criterion-title = Critère
call-criterion-weight = Pondération
call-criterion-share = { $share } du total
call-criterion-max-score = Note maximale
call-criterion-min-score = Minimum requis
call-criterion-no-minimum = Aucun
call-criterion-guidance = Ce que les évaluateurs examinent
call-questions-heading = Questions du formulaire de candidature
call-questions-none = Le formulaire de candidature ne pose pas d’autres questions.
call-question-required = Obligatoire
call-indicators-heading = Indicateurs
call-indicators-intro = Les projets financés rendent compte de leur avancement sur ces indicateurs.
call-indicator = { $name } ({ $unit })
state-draft = Brouillon
state-open = Ouvert
state-closed = Clos
state-reviewing = En évaluation
state-decided = Décidé
state-archived = Archivé
question-kind-short-text = Texte court
question-kind-long-text = Texte long
question-kind-number = Nombre
question-kind-single-choice = Un choix
question-kind-multiple-choice = Plusieurs choix
question-kind-yes-no = Oui ou non
question-kind-document = Un document à joindre
question-limit-length = Au plus { $max ->
    [one] { $max } caractère
   *[other] { $max } caractères
}
question-limit-number = Un nombre { $range }
rule-applicant-kinds = L’appel est ouvert aux types d’organisation suivants : { $kinds }.
rule-population = La population du candidat doit être { $range }.
rule-location = Les candidats doivent être situés à { $places }.
rule-prerequisites = Les candidats doivent avoir validé les prérequis suivants : { $required }.
rule-consortium = La candidature doit être portée par un consortium ayant la composition suivante : { $minimums }.
rule-consortium-minimum = { $kind } (au moins { $minimum })
rule-requested-amount = Le montant demandé doit être { $range }.
rule-cofunding = Le cofinancement doit atteindre au moins { $share } du budget total du projet.

## Gestionnaires : appels
manage-calls-title = Gérer les appels
manage-calls-heading = Gérer les appels
manage-calls-new-heading = Nouvel appel
manage-calls-new-intro = Un nouvel appel commence comme un brouillon que seuls les gestionnaires voient. Ajoutez ses critères, conditions et questions dans l’éditeur, puis ouvrez-le.
manage-calls-no-programme = Créez d’abord un programme : tout appel appartient à un programme.
manage-calls-create = Créer le brouillon
editor-programme = Programme
editor-code = Code de référence
editor-code-hint = De 2 à 12 lettres ou chiffres, utilisé dans les numéros de candidature : TUN donne TUN-2027-0007.
editor-title = Titre
editor-description = Description
editor-description-hint = Texte brut ; laissez une ligne vide entre les paragraphes.
editor-time-zone = Fuseau horaire
editor-time-zone-hint = Le nom IANA du fuseau horaire de la région, par exemple Africa/Tunis, Europe/Berlin ou America/Argentina/Buenos_Aires.
editor-opens-at = Ouverture
editor-closes-at = Date limite
editor-dates-hint = Date et heure dans le fuseau horaire de l’appel ({ $zone }).
editor-dates-hint-new = Date et heure dans le fuseau horaire indiqué ci-dessus.
editor-total-budget = Budget total
editor-money-hint = Dans la monnaie du programme, par exemple 500000 ou 12500.50.
editor-min-award = Subvention minimale
editor-max-award = Subvention maximale
editor-max-awards = Nombre maximal de projets financés
editor-max-awards-hint = Le nombre de subventions (places).
editor-min-reviews = Évaluations par candidature
editor-min-reviews-hint = Combien d’évaluations une candidature doit recevoir avant de pouvoir être classée.
editor-min-total-score = Note totale minimale (facultatif)
editor-min-total-score-hint = De 0 à 100. Les candidatures en dessous ne sont pas financées.
editor-tie-break = Ordre de départage (facultatif)
editor-tie-break-hint = Numéros des critères qui départagent les ex æquo, dans l’ordre, par exemple « 1, 3 ».
editor-quotas = Subventions par région (facultatif)
editor-quotas-hint = Une région par ligne : son code ISO 3166-2, le nombre minimal et maximal de subventions, par exemple « TN-42 1 3 ». Écrivez « - » pour ne pas fixer de limite.
editor-reporting-cadence = Mois entre deux rapports d’avancement (facultatif)
editor-reporting-cadence-hint = Laissez vide pour utiliser la valeur par défaut du programme.
editor-public-page = Voir la page publique
editor-frozen-notice = Cet appel est ouvert : ses critères, pondérations, questions et conditions d’éligibilité sont figés, afin que chaque candidat soit jugé selon les règles qu’il a lues.
call-part-criteria = les critères
call-part-questions = les questions
call-part-eligibility-rules = les conditions d’éligibilité
call-part-code = le code de référence
call-part-opens-at = la date d’ouverture
call-part-total-budget = le budget total
call-part-min-award = la subvention minimale
call-part-max-award = la subvention maximale
call-part-max-awards = le nombre de subventions
call-part-min-reviews = les évaluations par candidature
call-part-min-total-score = la note totale minimale
call-part-tie-break = l’ordre de départage
call-part-quotas = les subventions par région
editor-sections-label = Parties de l’appel
editor-details-heading = Informations générales
editor-details-frozen = Une fois l’appel ouvert, seuls le titre, la description, la date limite, le fuseau horaire et la fréquence des rapports peuvent changer ; les autres champs sont en lecture seule.
editor-details-save = Enregistrer les informations
editor-section-frozen = Figé depuis l’ouverture de l’appel.
editor-criteria-intro = Chaque critère est noté de 0 à sa note maximale ; sa pondération indique son poids. Remplissez une ligne vide pour ajouter un critère ; cochez « Retirer » pour en supprimer un.
editor-criteria-save = Enregistrer les critères
editor-criterion-cell = Critère { $number } : { $column }
editor-remove = Retirer
editor-rules-heading = Conditions d’éligibilité
editor-rules-intro = Ne remplissez que les conditions dont cet appel a besoin ; une partie vide ne fixe aucune condition. Les candidats voient chaque condition en mots simples, et s’ils la remplissent.
editor-rules-hidden = Cet appel a plus de conditions d’un même type que ce formulaire ne peut en afficher. Enregistrer le formulaire les remplace par ce qui est affiché ici.
editor-rules-save = Enregistrer les conditions
editor-rule-kinds = Les candidats doivent être
editor-rule-population-min = Population minimale
editor-rule-population-max = Population maximale
editor-rule-countries = Pays
editor-rule-countries-hint = Codes pays ISO séparés par des virgules, par exemple TN, AR.
editor-rule-subdivisions = Régions
editor-rule-subdivisions-hint = Codes ISO 3166-2 séparés par des virgules, par exemple TN-11, AR-B.
editor-rule-prerequisites = Prérequis exigés
editor-rule-no-prerequisites = Le programme ne définit pas encore de prérequis. Définissez-les sur la page du programme :
editor-rule-consortium = Consortium
editor-rule-consortium-hint = Le nombre minimal de membres de chaque type, candidat principal compris. Laissez vide s’il n’y a pas de minimum.
editor-rule-consortium-kind = { $kind } : au moins
editor-rule-amount = Le montant demandé doit respecter les limites de subvention
editor-rule-amount-hint = Actuellement { $range }. Enregistrez de nouveau les conditions après avoir changé les limites.
editor-rule-cofunding = Cofinancement minimal (%)
editor-rule-cofunding-hint = La part du budget total du projet que le candidat doit financer, de 0 à 100.
editor-questions-heading = Questions du formulaire de candidature
editor-questions-intro = Questions auxquelles chaque candidat répond en plus des questions habituelles. Remplissez un bloc vide pour ajouter une question.
editor-questions-save = Enregistrer les questions
editor-question-legend = Question { $number }
editor-question-cell = Question { $number } : { $column }
editor-question-prompt = Question
editor-question-help = Aide
editor-question-kind = Type de réponse
editor-question-max-length = Réponse la plus longue
editor-question-max-length-hint = Pour les réponses en texte : le nombre maximal de caractères.
editor-question-min-number = Nombre minimal
editor-question-max-number = Nombre maximal
editor-question-choices = Choix
editor-question-choices-hint = Pour les questions à choix : un choix par ligne.
editor-indicators-intro = Les projets financés rendront compte de ces indicateurs ; ils peuvent changer jusqu’à la décision.
editor-indicators-save = Enregistrer les indicateurs
editor-indicator-cell = Indicateur { $number } : { $column }
editor-indicator-name = Indicateur
editor-indicator-unit = Unité
editor-lifecycle-heading = Statut
editor-lifecycle-state = L’appel est : { $state }.
editor-lifecycle-none = Il n’y a plus rien à faire ici avec cet appel.
editor-action-open = Ouvrir l’appel
editor-action-close = Clore l’appel
editor-action-start-review = Lancer l’évaluation
editor-confirm-open-heading = Ouvrir « { $title } » aux candidatures ?
editor-confirm-close-heading = Clore « { $title } » ?
editor-confirm-start-review-heading = Lancer l’évaluation de « { $title } » ?
editor-confirm-open-frozen = Une fois l’appel ouvert, les critères, les pondérations, les questions et les conditions d’éligibilité sont figés : ils ne peuvent plus changer, afin que chaque candidat soit jugé selon les règles qu’il a lues.
editor-confirm-open-public = L’appel devient public. Les candidatures sont acceptées du { $opens } au { $deadline }.
editor-confirm-open-details = Le budget, les limites de subvention, les places, les seuils, l’ordre de départage et les quotas régionaux sont figés aussi ; le titre, la description, la date limite et le fuseau horaire peuvent encore changer.
editor-confirm-close-early = Plus aucune candidature ne sera acceptée, même si la date limite ({ $deadline }) n’est peut-être pas encore passée.
editor-confirm-start-review-committee = Le comité de sélection commence à noter les candidatures.
editor-confirm-final = Cette action est irréversible.
editor-confirm-cancel = Annuler
editor-confirm-back = Revenir à l’appel
editor-clone-heading = Cycle suivant
editor-clone-intro = Lancez la prochaine édition de cet appel : un nouveau brouillon avec les mêmes informations, critères, questions, conditions et indicateurs, et les dates ci-dessous.
editor-clone-submit = Créer le cycle suivant

## Gestionnaires : programmes
programmes-title = Programmes
programmes-heading = Programmes
programmes-intro = Les programmes nationaux et leurs appels. Chaque programme appartient à une agence nationale et a une monnaie pour tous ses montants.
programmes-none = Pas encore de programmes.
programmes-new-heading = Nouveau programme
programmes-no-agency = Aucune agence nationale n’est encore enregistrée. Un programme doit appartenir à une organisation de type agence nationale : enregistrez d’abord l’agence.
programmes-no-agency-link = Enregistrer une agence nationale
programmes-create = Créer le programme
programme-name = Nom
programme-description = Description
programme-agency = Agence nationale
programme-currency = Monnaie
programme-currency-hint = Code ISO 4217, par exemple TND, EUR ou ARS.
programme-currency-locked-hint = Code ISO 4217. Il ne peut plus changer une fois que le programme a des appels.
programme-cadence = Fréquence des rapports
programme-cadence-hint = Mois entre deux rapports d’avancement des projets financés, de 1 à 24 ; chaque appel peut fixer la sienne.
programme-cadence-months = { $months ->
    [one] Tous les mois
   *[other] Tous les { $months } mois
}
programme-edit-heading = Modifier le programme
programme-save = Enregistrer le programme
programme-calls-link = Appels de ce programme
prerequisites-heading = Prérequis
prerequisites-intro = Des faits sur une organisation que les appels peuvent exiger, comme une formation suivie ou une déclaration adoptée. Enregistrez-les un par un ou importez-en plusieurs à la fois.
prerequisites-none = Aucun prérequis défini pour l’instant.
prerequisite-kind-name = Prérequis
prerequisite-kind-name-hint = Par exemple « A suivi la formation au gouvernement ouvert ».
prerequisite-kind-description = Ce qui compte comme rempli
prerequisite-kind-new-heading = Définir un prérequis
prerequisite-kind-create = Définir le prérequis
prerequisite-record-heading = Enregistrer un prérequis
prerequisite-record-organisation = Organisation
prerequisite-record-organisation-ref = Ou l’identifiant de l’organisation
prerequisite-record-organisation-ref-hint = Si l’organisation n’est pas dans la liste, collez ici son identifiant.
prerequisite-record-kind = Prérequis
prerequisite-record-date = Date
prerequisite-record-date-hint = Par exemple 2026-03-01.
prerequisite-record-evidence = Justificatif
prerequisite-record-evidence-hint = Par exemple un numéro de certificat ou une délibération du conseil.
prerequisite-record-submit = Enregistrer
prerequisite-import-heading = Importer depuis un CSV
prerequisite-import-intro = Collez un texte CSV dont la première ligne nomme les colonnes :
prerequisite-import-columns = L’organisation est son identifiant, son code officiel ou son nom exact si aucune autre organisation ne le porte ; le prérequis, son nom tel que défini ci-dessus ; les dates s’écrivent AAAA-MM-JJ.
prerequisite-import-csv = Texte CSV
prerequisite-import-csv-hint = Les lignes correctes sont enregistrées et les autres refusées ; vous obtenez un rapport pour chaque ligne.
prerequisite-import-submit = Importer
prerequisite-import-report-heading = Rapport d’importation
prerequisite-import-recorded = { $count ->
    [one] { $count } ligne enregistrée.
   *[other] { $count } lignes enregistrées.
}
prerequisite-import-refused = { $count ->
    [one] { $count } ligne refusée.
   *[other] { $count } lignes refusées.
}
prerequisite-import-line = Ligne
prerequisite-import-outcome = Résultat
prerequisite-import-reason = Motif
prerequisite-import-row-recorded = Enregistrée
prerequisite-import-row-refused = Refusée

## Avis sur les programmes et les appels
flash-programme-created = Le programme a été créé.
flash-programme-saved = Le programme a été enregistré.
flash-prerequisite-kind-created = Le prérequis a été défini.
flash-prerequisite-recorded = Le prérequis a été enregistré.
flash-call-created = Le brouillon de l’appel a été créé. Ajoutez ses critères, conditions et questions, puis ouvrez-le.
flash-call-details-saved = Les informations ont été enregistrées.
flash-call-criteria-saved = Les critères ont été enregistrés.
flash-call-eligibility-saved = Les conditions d’éligibilité ont été enregistrées.
flash-call-questions-saved = Les questions ont été enregistrées.
flash-call-indicators-saved = Les indicateurs ont été enregistrés.
flash-call-opened = L’appel est ouvert.
flash-call-closed = L’appel est clos.
flash-call-review-started = L’évaluation a commencé.
flash-call-cloned = Le cycle suivant a été créé comme brouillon.

## Applications: validation and checklist (domain messages)
error-at-most = Doit être au plus { $max }.
error-too-many = Au plus { $max } éléments.
error-money-zero = Le montant doit être supérieur à zéro.
error-question-unknown = Cette question ne fait pas partie de l’appel.
error-choice-unknown = « { $value } » ne fait pas partie des choix.
error-yes-no = Répondez oui ou non.
error-answer-is-document = On répond à cette question en joignant un document.
error-question-not-document = Cette question ne demande pas de document.
error-incomplete = Manquant : { $item }
error-attachment-empty = Le fichier est vide.
error-attachment-unreadable = Le fichier envoyé n’a pas pu être lu ({ $reason }).
error-attachment-too-large = Le fichier dépasse { $max }.
error-attachment-type = Ce type de fichier n’est pas accepté ({ $detected } trouvé). Acceptés : { $accepted }.
error-attachment-disguised = « { $name } » porte le nom d’un autre type de fichier mais contient { $detected }.
error-attachment-limit = Au plus { $max } pièces jointes par candidature.
error-call-not-open = Cet appel n’accepte pas de candidatures.
error-application-exists = Votre organisation a déjà commencé une candidature à cet appel.
error-application-locked = La candidature ne peut plus être modifiée (état : { $state }).
error-partner-is-lead = L’organisation cheffe de file ne peut pas être sa propre partenaire.
error-partner-duplicate = Cette organisation est déjà partenaire.
error-partner-registered = Une organisation de ce nom est déjà enregistrée dans ce pays : cherchez-la par son nom et ajoutez-la.
error-partner-kind = Une agence nationale ne peut pas être partenaire.
error-organisation-unverified = Le programme n’a pas encore vérifié votre organisation ; il doit le faire avant que vous puissiez soumettre.
error-screening-reason = Indiquez pourquoi la candidature est irrecevable ; le candidat le verra.
error-call-decided = L’appel a été tranché ; la recevabilité ne peut plus changer.
checklist-title = Un titre de projet
checklist-summary = Un résumé
checklist-problem = Le problème que traite le pilote
checklist-objectives = Les objectifs
checklist-participation-plan = Le plan de participation citoyenne
checklist-budget = Au moins une ligne de budget
checklist-answer = Une réponse à « { $question } »
checklist-document = Un document pour « { $question } »

## Web UI: applications
nav-applications = Mes candidatures
form-saved-meanwhile = Enregistré entre-temps :
flash-application-started = Votre candidature a été créée. Remplissez-la et enregistrez-la aussi souvent que vous le souhaitez ; soumettez-la avant la date limite.
flash-application-saved = Le brouillon a été enregistré.
flash-application-submitted = Votre candidature a été soumise. Voici votre accusé de réception.
flash-application-withdrawn = La candidature a été retirée.
flash-application-screened = La décision de recevabilité a été enregistrée.
flash-partner-added = Le partenaire a été ajouté.
flash-partner-registered = Le partenaire a été enregistré et ajouté.
flash-partner-removed = Le partenaire a été retiré.
flash-attachment-added = Le fichier a été joint.
flash-attachment-removed = Le fichier a été retiré.
apply-title = Candidater à « { $call } »
apply-intro = Commencer une candidature crée un brouillon pour votre organisation. Vos collègues peuvent y travailler avec vous ; rien n’est envoyé au programme tant que vous ne l’avez pas soumise.
apply-start = Commencer une candidature
apply-back = Retour à l’appel
applications-title = Mes candidatures
applications-none = Votre organisation n’a encore commencé aucune candidature.
applications-find-calls = Trouver un appel ouvert
applications-next-step = Prochaine étape
application-state-draft = Brouillon
application-state-submitted = Soumise
application-state-eligible = Recevable
application-state-ineligible = Irrecevable
application-state-selected = Retenue
application-state-waitlisted = Sur liste d’attente
application-state-not-selected = Non retenue
application-state-withdrawn = Retirée
next-step-complete-and-submit = Complétez la candidature et soumettez-la avant la date limite.
next-step-deadline-missed = La date limite est passée avant que la candidature soit soumise.
next-step-await-screening = Patientez pendant que le programme vérifie la recevabilité de la candidature.
next-step-await-results = Recevable : attendez les notes du comité et les résultats.
next-step-read-screening = Lisez pourquoi la candidature a été jugée irrecevable.
next-step-nothing = Rien à faire.
application-project = Projet
application-call = Appel
application-state = État
application-reference = Référence
application-requested = Montant demandé
application-no-reference = Pas encore soumise
application-untitled = Candidature sans titre
application-lead = Organisation cheffe de file
application-subdivision = Subdivision
application-submitted-at = Soumise le
application-receipt-link = Voir l’accusé de réception de la soumission
application-sections-label = Parties de la candidature
application-unverified = { $organisation } n’a pas encore été vérifiée par un gestionnaire du programme. Vous pouvez préparer la candidature, mais elle ne pourra être soumise qu’une fois l’organisation vérifiée.
application-deadline-missed = La date limite est passée avant que cette candidature soit soumise. Elle ne peut plus être modifiée ni soumise.
application-stale-notice = Quelqu’un d’autre a enregistré cette candidature pendant que vous la modifiiez. Rien de ce que vous avez saisi n’est perdu : votre version est ci-dessous et, là où la version enregistrée diffère, elle est affichée sous le champ. Vérifiez ces champs et enregistrez de nouveau pour garder votre version.
application-content-heading = Candidature
application-content-intro = Enregistrez le brouillon aussi souvent que vous le souhaitez. Seul ce qui est enregistré compte, et la candidature n’est envoyée au programme que lorsque vous la soumettez.
application-project-legend = Le projet
application-title = Titre du projet
application-summary = Résumé
application-summary-hint = Quelques phrases qui disent ce que fera le pilote.
application-problem = Le problème que traite le pilote
application-objectives = Objectifs
application-participation-plan = Plan de participation citoyenne
application-participation-plan-hint = Qui participe, comment, et comment les contributions changent les décisions.
application-questions-legend = Questions de l’appel
application-optional = { $label } (facultatif)
application-answer-yes = Oui
application-answer-no = Non
application-not-answered = Sans réponse
application-documents-elsewhere = Les questions auxquelles on répond par un document se trouvent dans la section des pièces jointes.
application-budget = Budget
application-budget-hint = Une ligne par poste, montants en { $currency }. Les lignes vides sont ignorées ; le montant demandé est la somme des lignes.
application-budget-category = Catégorie
application-budget-description = Description
application-budget-amount = Montant
application-budget-cell = Ligne de budget { $number } : { $column }
application-budget-line-saved = { $category } ({ $description }) : { $amount }
application-budget-none = Aucune ligne de budget.
application-co-funding = Cofinancement
application-co-funding-hint = Ce que votre organisation apporte elle-même, dans la monnaie de l’appel. Laissez vide s’il n’y en a pas.
application-saved-empty = (vide)
application-save = Enregistrer le brouillon
application-partners-heading = Partenaires
application-partners-none = Aucun partenaire pour l’instant.
application-partner-organisation = Organisation
application-partner-role = Rôle dans le projet
application-partner-role-hint = Par exemple : anime les assemblées citoyennes.
application-partner-role-of = Rôle de { $name } dans le projet
application-partner-add-heading = Ajouter un partenaire
application-partner-search = Nom de l’organisation
application-partner-search-hint = Saisissez au moins deux lettres du nom.
application-partner-search-submit = Rechercher
application-partner-search-none = Aucune organisation ne porte ce nom. Enregistrez-la ci-dessous si elle n’a pas de compte.
application-partner-candidates = Organisations trouvées
application-partner-add = Ajouter comme partenaire
application-partner-register-heading = Enregistrer un partenaire sans compte
application-partner-register-intro = Les partenaires de la société civile n’ont souvent pas de compte sur Convoca. Enregistrez-les ici ; un gestionnaire du programme les vérifiera plus tard.
application-partner-register = Enregistrer et ajouter comme partenaire
application-attachments-heading = Pièces jointes
application-attachments-none = Aucun fichier joint.
application-documents-heading = Documents demandés par l’appel
application-document-attached = Joint
application-document-missing = Manquant
application-document-optional = (facultatif)
application-attachment-name = Fichier
application-attachment-size = Taille
application-attachment-type = Type
application-attachment-answers = Répond à
application-attachment-upload-heading = Joindre un fichier
application-attachment-file = Fichier
application-attachment-hint = 10 Mio au plus. Acceptés : { $types }.
application-attachment-question = Répond à la question
application-attachment-question-hint = Choisissez la question documentaire à laquelle ce fichier répond, le cas échéant.
application-attachment-upload = Joindre le fichier
application-attachment-none = Choisissez un fichier à joindre.
application-eligibility-heading = Recevabilité et complétude
application-eligibility-intro = Vérifiées de nouveau à chaque modification de la candidature. Une candidature ne peut être soumise que si toutes les règles sont respectées et que rien ne manque.
application-eligibility-none = Cet appel n’a pas de règles de recevabilité.
application-check-pass = Respectée
application-check-fail = Non respectée
application-check-done = Fait
application-check-missing = Manquant
application-checklist-heading = Ce dont la candidature a besoin
application-submit-heading = Soumettre
application-submit-intro = Une fois soumise, la candidature est verrouillée et envoyée au programme avec un numéro de référence. La date limite est le { $deadline }.
application-submit = Soumettre la candidature
application-withdraw-heading = Retirer
application-withdraw-confirm = Retirer la candidature la sort définitivement de l’appel ; elle ne pourra pas être soumise de nouveau. Vous pouvez la retirer jusqu’à la date limite ({ $deadline }).
application-withdraw = Retirer la candidature
application-screening-heading = Recevabilité
application-screening-outcome-is = Le programme a jugé la candidature : { $state }.
application-screening-intro = Décidez si la candidature respecte les règles de recevabilité de l’appel. Le candidat voit la décision et le motif.
application-screening-outcome = Décision
application-screening-eligible = Recevable
application-screening-ineligible = Irrecevable
application-screening-reason = Motif
application-screening-reason-hint = Obligatoire si la candidature est irrecevable. Le candidat le lira.
application-screening-save = Enregistrer la décision de recevabilité
attachment-size-bytes = { $size } o
attachment-size-kib = { $size } Kio
attachment-size-mib = { $size } Mio
receipt-title = Accusé de réception { $reference }
receipt-back = Retour à la candidature
receipt-heading = Accusé de réception de la soumission
receipt-intro = Le programme a reçu cette candidature. Citez la référence dans toute correspondance.
receipt-partner = { $name } ({ $role })
receipt-fingerprint = Empreinte SHA-256
receipt-print-hint = Imprimez cette page ou enregistrez-la en PDF pour la conserver.
manage-applications-title = Candidatures à « { $call } »
manage-applications-filters = Filtrer les candidatures
manage-applications-search = Référence, titre ou organisation
manage-applications-csv = Télécharger en CSV
manage-applications-link = Candidatures

## Committees (domain messages)
error-sector-unknown = Secteur inconnu « { $value } ».
error-member-role-unknown = Rôle de comité inconnu « { $value } ».
error-shares-over-100 = Les parts minimales dépassent 100 % au total.
error-member-not-reviewer = Seuls des utilisateurs actifs ayant le rôle d’évaluateur peuvent siéger dans un comité.
error-member-duplicate = Cette personne siège déjà au comité.
error-rule-type-unknown = Type de règle inconnu « { $value } ».
committee-no-voting-members = Le comité n’a aucun membre votant.
committee-one-chair = Un comité a une seule présidence.
committee-parity-fail = La parité exige autant de membres votants de la société civile que du gouvernement (au moins un de chaque) ; il y en a { $civil_society } de la société civile et { $government } du gouvernement.
committee-share-fail = { $sector } : { $count } membres votants sur { $total }, sous le minimum de { $min_percent }.
sector-government = Gouvernement
sector-civil-society = Société civile
sector-academia = Monde universitaire
sector-private = Secteur privé
sector-local-government-association = Association de collectivités locales
sector-international = Organisation internationale

## Conflicts, assignments and reviews (domain messages)
error-conflict-kind-unknown = Type de conflit inconnu « { $value } » ; choisissez institutionnel, personnel, financier ou autre.
error-conflict-note-required = Indiquez la nature de l’intérêt.
error-conflict-exists = Un conflit est déjà enregistré pour vous sur cette candidature.
error-conflict-scoring-closed = La notation de cet appel est close : un conflit déclaré maintenant changerait les notes. Prévenez les gestionnaires du programme, qui peuvent modifier la décision avec une justification écrite.
error-conflict-own = Vous ne pouvez pas statuer sur votre propre conflit ; un gestionnaire ou la présidence en décide.
error-conflict-decision-unknown = Décision inconnue « { $value } » ; confirmer ou lever.
error-conflict-reason-required = Donnez le motif de la décision ; il est inscrit au journal d’audit.
error-conflict-automatic = Ce conflit vient de la participation de l’organisation du membre à la candidature ; il ne peut pas être levé.
error-assignment-call-state = Les attributions se font après la clôture de l’appel et avant la décision.
error-assignment-application-unknown = Cette candidature ne fait pas partie de l’appel.
error-assignment-not-eligible = Seules les candidatures déclarées recevables sont évaluées.
error-assignment-not-member = Cette personne ne siège pas au comité de l’appel.
error-assignment-observer = Les observateurs ne notent pas ; aucune candidature ne leur est attribuée.
error-assignment-conflicted = Ce membre a un conflit d’intérêts sur la candidature.
error-assignment-duplicate = Ce membre est déjà attribué à la candidature.
error-assignment-reviewed = Ce membre a soumis son évaluation ; l’attribution est maintenue.
error-review-observer = Les observateurs ne notent pas les candidatures.
error-review-not-assigned = L’évaluation de cette candidature ne vous est pas attribuée.
error-review-final = L’appel est décidé ; les évaluations sont définitives.
error-review-not-started = L’évaluation de cet appel n’a pas commencé.
error-review-blind = Les autres évaluations restent masquées jusqu’à ce que vous soumettiez la vôtre.
error-recommendation-unknown = Recommandation inconnue « { $value } » ; choisissez financer, financer avec modifications ou ne pas financer.
error-recommendation-required = Choisissez une recommandation.
error-score-criterion-unknown = Ce critère n’est pas un critère de l’appel.
error-score-criterion-duplicate = « { $criterion } » est noté deux fois.
error-score-range = La note de « { $criterion } » doit être un nombre entier de 0 à { $max }.
error-score-missing = Notez « { $criterion } ».
assignment-too-few-reviewers = { $reference } : il faut { $needed } évaluateurs mais seuls { $available } membres du comité sans conflit peuvent l’évaluer.
assignment-no-sector = { $reference } : tous les membres { $sector ->
    [government] du gouvernement
    [civil_society] de la société civile
   *[other] du secteur { $sector }
} ont un conflit sur elle ; elle n’a donc aucun évaluateur de ce secteur.
recommendation-fund = Financer
recommendation-fund-with-changes = Financer avec modifications
recommendation-do-not-fund = Ne pas financer

## Reviewers' pages: My reviews, the score sheet, conflicts, the committee on the call page
reviews-page-nav = Évaluations
reviews-page-title = Mes évaluations
reviews-page-intro = Les candidatures que vous devez évaluer. Enregistrez votre grille de notation comme brouillon aussi souvent que vous le souhaitez, et soumettez-la avant la date limite d’évaluation.
reviews-page-none = Vous n’avez aucune candidature à évaluer.
reviews-page-state = Évaluation
reviews-page-progress-heading = Avancement
reviews-page-deadline = Évaluations attendues le
reviews-page-no-deadline = Pas de date limite fixée
reviews-page-state-not-started = Pas commencée
reviews-page-state-draft = Brouillon
reviews-page-state-submitted = Soumise
reviews-page-progress = { $scored } critères notés sur { $total }
flash-reviews-page-conflict-declared = Votre conflit d’intérêts a été enregistré. Vous n’évaluez plus cette candidature.
flash-review-page-saved = Le brouillon de votre évaluation a été enregistré.
flash-review-page-submitted = Votre évaluation a été soumise.
flash-review-page-revised = Votre évaluation révisée a été enregistrée et la révision consignée.
review-page-sections-label = Parties de la page
review-page-application-heading = La candidature telle que soumise
review-page-partners-none = Aucun partenaire.
review-page-sheet-heading = Grille de notation
review-page-sheet-intro = Notez chaque critère de 0 à sa note maximale et expliquez votre note. Un brouillon peut être incomplet ; pour soumettre, notez tous les critères et choisissez une recommandation.
review-page-revision-intro = Votre évaluation est soumise. Vous pouvez encore la réviser tant que le comité évalue.
review-page-revision-note = Les révisions sont consignées dans le journal d’audit avec ce qui a changé.
review-page-criterion-legend = { $position }. { $title }
review-page-scale = Poids { $weight } ({ $share } du total). Note de 0 à { $max }.
review-page-score = Note
review-page-comment = Commentaire
review-page-score-of = { $criterion } : note
review-page-comment-of = { $criterion } : commentaire
review-page-score-out-of = { $score } sur { $max }
review-page-overall-legend = Appréciation générale
review-page-overall-comment = Commentaire général
review-page-recommendation = Recommandation
review-page-not-given = Non indiquée
review-page-save-draft = Enregistrer le brouillon
review-page-submit = Soumettre l’évaluation
review-page-save-revision = Enregistrer la révision
review-page-saved-empty = (vide)
review-page-stale = Votre évaluation a été enregistrée entre-temps, peut-être dans un autre onglet. Rien de ce que vous avez saisi n’est perdu : votre version est ci-dessous et, là où la version enregistrée diffère, elle est affichée sous le champ. Vérifiez ces champs et enregistrez à nouveau pour garder votre version.
review-page-others-heading = Évaluations des autres membres
review-page-others-blind = Les évaluations des autres membres apparaissent ici une fois la vôtre soumise.
review-page-others-none = Aucun autre membre n’a encore soumis d’évaluation.
review-page-others-caption = Notes données par { $reviewer }
review-page-submitted-at = Soumise le { $at }
review-page-conflict-heading = Déclarer un conflit d’intérêts
review-page-conflict-intro = Si vous, votre famille ou votre organisation avez un intérêt dans cette candidature, déclarez-le. Vous ne verrez plus la candidature et ne la noterez plus ; la présidence ou un gestionnaire examine la déclaration.
review-page-conflict-kind = Nature de l’intérêt
review-page-conflict-note = En quoi consiste l’intérêt
review-page-conflict-note-hint = Par exemple : ma sœur travaille pour la municipalité.
review-page-conflict-declare = Déclarer le conflit
call-committee-heading = Comité de sélection
call-committee-intro = Les membres qui notent les candidatures à cet appel.
call-committee-name = Nom
call-committee-sector = Secteur
call-committee-role = Rôle
call-lottery-heading = Tirage
call-lottery-intro = Les égalités exactes restantes après les critères de départage sont tranchées par un tirage. Sa graine a été tirée au début de l’évaluation et reste secrète jusqu’à la clôture de la notation ; voici son engagement SHA-256. Les résultats publient la graine, et chacun peut vérifier qu’elle correspond.

## Managers' committee page and the reviewing page (managers and the committee's chair)
committee-page-link = Comité
committee-page-title = Comité de sélection : { $call }
committee-page-composition-heading = Composition
committee-page-composition-fine = La composition du comité respecte sa règle : l’évaluation peut commencer.
committee-page-problems-intro = Ce qui manque avant que l’évaluation puisse commencer :
committee-page-members-heading = Membres
committee-page-no-members = Personne ne siège encore au comité.
committee-page-name = Nom
committee-page-sector = Secteur
committee-page-role = Rôle
committee-page-actions = Actions
committee-role-chair = Présidence
committee-role-member = Membre
committee-role-observer = Observateur (ne note pas)
committee-page-remove = Retirer
committee-page-add-heading = Ajouter un membre
committee-page-reviewer = Évaluateur
committee-page-no-reviewers = Tous les évaluateurs actifs siègent déjà au comité, ou personne n’a encore le rôle d’évaluateur.
committee-page-add = Ajouter au comité
committee-page-rule-heading = Règle de composition
committee-page-rule-type = Règle
committee-page-rule-parity = Parité : autant de membres votants de la société civile que du gouvernement
committee-page-rule-minimum-shares = Parts minimales des membres votants par secteur
committee-page-rule-is-parity = Le comité doit compter autant de membres votants de la société civile que du gouvernement.
committee-page-rule-is-shares = Le comité doit compter au moins ces parts de ses membres votants : { $shares }.
committee-page-rule-share = { $sector } { $min_percent } %
committee-page-shares = Parts minimales (pourcentage)
committee-page-shares-hint = Seulement pour la règle des parts minimales : le pourcentage de membres votants dont chaque secteur a besoin ; laissez les autres secteurs vides.
committee-page-version = Version { $version } du comité. Si quelqu’un modifie le comité entre-temps, il vous sera demandé de le recharger.
committee-page-rule-save = Enregistrer la règle
committee-page-deadline-heading = Date limite d’évaluation
committee-page-deadline-is = Les évaluations des membres sont attendues pour le { $deadline }.
committee-page-deadline-none = Aucune date limite d’évaluation n’est fixée.
committee-page-deadline-clear-hint = Laissez le champ vide pour supprimer la date limite.
committee-page-deadline-save = Enregistrer la date limite
flash-committee-page-member-added = Le membre a été ajouté au comité.
flash-committee-page-member-removed = Le membre a été retiré du comité.
flash-committee-page-rule-saved = La règle de composition a été enregistrée.
flash-committee-page-deadline-saved = La date limite d’évaluation a été enregistrée.
reviewing-page-link = Évaluation
reviewing-page-title = Évaluation : { $call }
reviewing-page-deadline = Les évaluations sont attendues pour le { $deadline }.
reviewing-page-no-deadline = Aucune date limite d’évaluation n’est fixée.
reviewing-page-completion-only = Cette page montre l’avancement des évaluations, jamais leurs notes ni leurs commentaires.
reviewing-page-sections = Parties de la page
reviewing-page-conflicts-heading = Conflits d’intérêts
reviewing-page-no-conflicts = Aucun conflit d’intérêts n’est enregistré.
reviewing-page-member = Membre
reviewing-page-application = Candidature
reviewing-page-sector = Secteur
reviewing-page-source = Origine
reviewing-page-kind = Nature
reviewing-page-note = Note
reviewing-page-status = Statut
reviewing-page-decision-reason = Décision et motif
reviewing-page-decision = Décision
reviewing-page-reason = Motif de la décision
reviewing-page-confirm = Confirmer
reviewing-page-waive = Lever
reviewing-page-decide-named = { $decision } le conflit de { $name }
reviewing-page-source-automatic = Automatique (organisation)
reviewing-page-source-declared = Déclaré
conflict-kind-institutional = Institutionnel
conflict-kind-personal = Personnel
conflict-kind-financial = Financier
conflict-kind-other = Autre
reviewing-page-status-declared = En attente de décision
reviewing-page-status-confirmed = Confirmé
reviewing-page-status-waived = Levé
reviewing-page-automatic-heading = Affectation automatique
reviewing-page-automatic-intro = Prévisualisez d’abord l’affectation : chaque candidature éligible reçoit ses évaluateurs, dont au moins un du gouvernement et un de la société civile, personne en conflit, avec une charge équilibrée. Rien n’est enregistré tant que vous ne l’appliquez pas ; les affectations existantes sont conservées.
reviewing-page-preview = Prévisualiser l’affectation
reviewing-page-apply = Appliquer cette affectation
reviewing-page-plan-heading = Aperçu
reviewing-page-plan-summary = { $applications ->
    [one] Une candidature éligible
   *[other] { $applications } candidatures éligibles
}, { $min_reviews ->
    [one] un évaluateur chacune
   *[other] { $min_reviews } évaluateurs chacune
} : l’affectation ajoute { $additions ->
    [one] une affectation
   *[other] { $additions } affectations
}.
reviewing-page-plan-additions = Affectations ajoutées
reviewing-page-plan-loads = Charge de chaque membre ensuite
reviewing-page-load = Candidatures
reviewing-page-plan-no-shortfalls = Chaque candidature éligible reçoit ses évaluateurs.
reviewing-page-plan-shortfalls = Ce que l’affectation ne peut pas respecter :
reviewing-page-assignments-heading = Affectations
reviewing-page-no-assignments = Personne n’est encore affecté.
reviewing-page-submitted = Soumise
reviewing-page-actions = Actions
reviewing-page-yes = Oui
reviewing-page-no = Non
reviewing-page-assigned-automatic = Automatique
reviewing-page-assigned-manual = Manuelle
reviewing-page-unassign = Retirer
reviewing-page-unassign-named = Retirer l’affectation de { $name } à { $reference }
reviewing-page-assign-heading = Affecter manuellement
reviewing-page-assign = Affecter
reviewing-page-progress-heading = Avancement
reviewing-page-totals = { $submitted } évaluations soumises sur { $assigned } affectées.
reviewing-page-no-applications = Aucune candidature n’a été déclarée éligible.
reviewing-page-by-application = Par candidature
reviewing-page-by-member = Par membre
reviewing-page-assigned = Affectées
reviewing-page-drafts = Brouillons
reviewing-page-conflicts = Conflits
reviewing-page-remind = Relancer
reviewing-page-remind-all = Relancer tous les membres ayant des évaluations en attente
reviewing-page-nothing-outstanding = Aucun membre n’a d’évaluation en attente.
reviewing-page-reminded = { $count ->
    [one] Une relance a été mise en file d’attente.
   *[other] { $count } relances ont été mises en file d’attente.
}
reviewing-page-reminded-none = Aucun membre n’a d’évaluation en attente ; aucune relance n’a été envoyée.
flash-reviewing-page-plan-applied = L’affectation automatique a été appliquée.
flash-reviewing-page-assigned = Le membre a été affecté.
flash-reviewing-page-unassigned = L’affectation a été retirée.
flash-reviewing-page-conflict-confirmed = Le conflit a été confirmé.
flash-reviewing-page-conflict-waived = Le conflit a été levé ; le membre peut de nouveau évaluer la candidature.
committee-page-deadline-field = Date limite des évaluations
reviewing-page-plan-nothing-to-add = L’affectation n’a rien à ajouter.
reviews-page-seats-heading = Comités dont vous êtes membre
reviews-page-seat-run = Conflits, attributions et avancement

## Selection: errors and reasons (domain::selection)
error-threshold-range = Indiquez un nombre de points supérieur à 0 et au plus 100.
error-criterion-unknown = Ce critère ne fait pas partie de l’appel.
error-call-decide-by-finalise = Un appel est décidé en finalisant sa sélection, qui enregistre chaque décision.
error-decisions-final = Les décisions sont définitives : l’appel est décidé.
error-call-not-reviewing = Les décisions se préparent pendant l’évaluation du comité.
error-scoring-closed = La notation de cet appel est close : les évaluations et les notes de consensus ne peuvent plus changer.
call-part-aggregation = la méthode d’agrégation
error-consensus-chair-only = Seule la présidence du comité enregistre les notes de consensus.
error-consensus-not-eligible = Les notes de consensus ne s’enregistrent que pour les candidatures éligibles.
error-override-not-eligible = Seules les candidatures éligibles peuvent être sélectionnées, mises en liste d’attente ou rejetées.
error-justification-required = Écrivez pourquoi cette décision s’écarte de la proposition.
error-award-above-request = La subvention ne peut dépasser la demande de { $requested }.
error-award-below-minimum = La subvention ne peut être inférieure au minimum de l’appel, { $min }.
error-results-not-decided = Les résultats se publient une fois l’appel décidé.
error-results-already-published = Les résultats sont déjà publiés.
error-results-not-published = Les résultats ne sont pas encore publiés.
selection-no-seed = L’appel n’a pas de graine de tirage ; elle est tirée au début de l’évaluation.
selection-unscreened = { $count ->
    [one] Une candidature n’est pas encore examinée.
   *[other] { $count } candidatures ne sont pas encore examinées.
}
selection-over-slots = { $selected } candidatures sont sélectionnées mais l’appel a { $slots } places.
selection-over-budget = Les subventions totalisent { $currency } { $awarded }, plus que le budget de { $currency } { $budget }.
selection-award-outside-limits = { $reference } recevrait { $currency } { $award }, en dehors des limites de l’appel, de { $currency } { $min } à { $currency } { $max }.
selection-over-quota = { $subdivision } a { $selected } subventions, plus que son maximum de { $max }.
selection-reason-ranked = Sélectionnée dans l’ordre du classement.
selection-reason-minimum-quota = Sélectionnée pour atteindre le quota minimum de sa région.
selection-reason-slots = Liste d’attente : toutes les places sont prises.
selection-reason-quota = Liste d’attente : sa région a atteint son maximum.
selection-reason-budget = Liste d’attente : le budget restant ne couvre pas la demande.
selection-reason-ineligible = Non sélectionnée : non éligible.
selection-reason-too-few-reviews = Non sélectionnée : trop peu d’évaluations.
selection-reason-criterion-minimum = Non sélectionnée : un critère est sous son minimum.
selection-reason-threshold = Non sélectionnée : le total est sous le minimum de l’appel.
selection-reason-override = Décidée par le programme, en s’écartant de la proposition (voir la justification).

## Selection board, decisions and results (web::selection)
selection-page-title = Sélection : { $call }
selection-page-chair-intro = Vous voyez le tableau de sélection en tant que présidence du comité : vous pouvez enregistrer les notes de consensus convenues en réunion ; les gestionnaires du programme décident.
selection-page-sections = Sections de la page de sélection
selection-page-summary-heading = Synthèse
selection-page-scoring-heading = Notation
selection-page-ranking-heading = Classement et proposition
selection-page-comparison-heading = Proposition et sélection optimisée
selection-page-decide-heading = Décisions
selection-page-selected = Sélectionnées
selection-page-slots-used = { $selected } sur { $slots } places
selection-page-awarded = Attribué
selection-page-awarded-of = { $awarded } sur un budget de { $budget }
selection-page-aggregation = Agrégation
selection-page-aggregation-hint = Comment les notes des évaluateurs sur un critère sont combinées. C’est une règle publiée : elle ne peut plus changer une fois l’appel ouvert.
selection-aggregation-mean = Moyenne
selection-aggregation-median = Médiane
selection-page-normalise = Chiffres normalisés
selection-page-normalise-hint = Affiche les notes de chaque évaluateur en scores z à côté des chiffres bruts, pour repérer les évaluateurs indulgents ou sévères. Ils ne comptent jamais pour le classement.
selection-page-threshold = Seuil de désaccord
selection-page-threshold-hint = Un écart entre évaluateurs, en points sur 100, à partir duquel une candidature est signalée pour discussion. Laissez vide pour aucun.
selection-page-threshold-none = Aucun
selection-page-yes = Oui
selection-page-no = Non
selection-page-seed = Graine du tirage :
selection-page-no-seed = Aucune graine de tirage n’a été tirée.
selection-page-seed-sealed = Scellée jusqu’à la clôture de la notation : seul son engagement est publié.
selection-page-commitment = Engagement de la graine du tirage (SHA-256) :
selection-page-scoring = Notation :
selection-page-scoring-open = Ouverte : les évaluations et les notes de consensus peuvent encore changer.
selection-page-scoring-closed-at = Close le { $time } : les évaluations et les notes de consensus sont verrouillées.
selection-page-seed-hint = La graine a été tirée au début de l’évaluation. Jusqu’à la clôture de la notation, seul son engagement SHA-256 est affiché, pour que personne ne note en connaissant le tirage. À la clôture, la graine est révélée, et les candidatures encore à égalité après les critères de départage sont ordonnées par le SHA-256 de graine:référence, du plus petit au plus grand.
selection-page-quotas = Quotas régionaux
selection-page-subdivision = Région
selection-page-quota-min = Réservées
selection-page-quota-max = Maximum
selection-page-quota-selected = Sélectionnées
selection-page-scoring-intro = Comment les chiffres ci-dessous sont calculés à partir des évaluations.
selection-page-scoring-save = Enregistrer les réglages de notation
selection-page-problems = Ce qui empêche de finaliser :
selection-page-no-problems = Rien n’empêche de finaliser.
selection-page-no-applications = Aucune candidature n’a été déposée pour cet appel.
selection-page-ranking-intro = Les totaux sont sur 100 et arrondis à deux décimales ; les décisions les gardent exacts. Ouvrez une candidature pour ses chiffres par critère.
selection-page-rank = Rang
selection-page-unranked = Non classée
selection-page-application = Candidature
selection-page-lead = Organisation cheffe de file
selection-page-reviews = Évaluations
selection-page-total = Total
selection-page-raw-total = total des évaluateurs { $total }
selection-page-normalised = Normalisé
selection-page-range = Écart
selection-page-flagged = Signalée pour discussion
selection-page-proposal = Proposition
selection-page-optimal = Sélection optimisée
selection-page-in-optimal = Incluse
selection-page-not-in-optimal = Non incluse
selection-page-differs = La proposition et l’optimum diffèrent
selection-page-outcome = Résultat
selection-page-override = Dérogation
selection-page-award = Montant attribué
selection-page-hidden = Masqué : vous êtes en conflit d’intérêts sur cette candidature
selection-page-lottery-key = Clé du tirage :
selection-page-tie-criterion = Égalité départagée par le critère { $position } ({ $criterion })
selection-page-tie-lottery = Égalité départagée par tirage au sort
selection-page-tie-sealed = Égalité : le tirage tranchera à la clôture de la notation
selection-page-comparison-intro = La proposition parcourt le classement depuis le haut, comme le disent les règles de l’appel. La sélection optimisée est celle qui a la plus haute note totale dans le budget, les places et les maximums régionaux ; elle est montrée pour que le comité décide en connaissance de cause.
selection-page-count = Candidatures
selection-page-total-score = Note totale
selection-page-cost = Coût
selection-page-proven = La sélection optimisée est prouvée optimale (recherche de { $ms } ms, à { $time }).
selection-page-not-proven = Optimalité non prouvée : la recherche s'est arrêtée à son budget de temps de { $budget } ms. C'est la meilleure sélection trouvée ; la meilleure note totale possible est au plus { $gap } points plus élevée (recherche à { $time }).
selection-page-same-selection = La proposition et la sélection optimisée concordent.
selection-page-only-proposal = Seulement dans la proposition :
selection-page-only-optimal = Seulement dans la sélection optimisée :
selection-page-finalise-warning = Finaliser enregistre la décision sur chaque candidature, selon la proposition et les dérogations. Les décisions deviennent alors définitives : aucune note, aucun consensus ni aucune dérogation ne peut plus changer.
selection-page-finalise = Finaliser les décisions
selection-page-close-scoring-intro = Clôturez la notation quand le comité a terminé : les évaluations et les notes de consensus sont alors verrouillées, et la graine du tirage est révélée et tranche les égalités restantes. La finalisation clôt elle-même la notation si elle est encore ouverte.
selection-page-close-scoring = Clôturer la notation
selection-page-decided = Les décisions sont définitives.
selection-page-public-results = Voir les résultats publics
selection-page-preview-results = Aperçu des résultats (pas encore publiés)
selection-page-publish-intro = Publier rend publics le classement, les chiffres, les décisions et chaque justification, et prévient chaque candidate.
selection-page-publish = Publier les résultats
selection-outcome-selected = Sélectionnée
selection-outcome-waitlisted = Sur liste d’attente
selection-outcome-not-selected = Non sélectionnée
selection-app-title = Sélection
selection-app-back = Tableau de sélection
selection-app-figures-heading = Chiffres par critère
selection-app-figures-intro = Les chiffres sont arrondis à deux décimales. Ce qui compte pour le classement est le consensus là où le comité en a convenu un, sinon l’agrégat des évaluateurs.
selection-app-criterion = { $position }. { $title }
selection-app-max = sur { $max }
selection-app-aggregate = Agrégat des évaluateurs
selection-app-consensus = Consensus
selection-app-no-consensus = Aucun
selection-app-ranked = Retenu pour le classement
selection-app-std-dev = Écart type
selection-app-consensus-heading = Notes de consensus
selection-app-consensus-intro = Enregistrez les notes convenues par le comité en réunion, chacune avec sa justification. Laissez vide un critère sans consensus ; les notes des évaluateurs restent inchangées.
selection-app-consensus-score = Note de consensus
selection-app-rationale = Justification
selection-app-consensus-score-of = Note de consensus : { $criterion }
selection-app-consensus-rationale-of = Justification : { $criterion }
selection-app-consensus-score-missing = Indiquez la note convenue, ou effacez la justification.
selection-app-consensus-save = Enregistrer le consensus
selection-app-decision-heading = Décision
selection-app-decision-intro = Ne vous écartez de la proposition qu’avec une justification écrite : elle est publiée avec les résultats. Vous pouvez aussi réduire le montant attribué.
selection-app-outcome = Résultat
selection-app-as-proposed = Selon la proposition
selection-app-as-proposed-named = Selon la proposition ({ $outcome })
selection-app-justification = Justification
selection-app-justification-hint = Pourquoi la décision s’écarte de la proposition.
selection-app-awarded-amount = Montant attribué
selection-app-awarded-amount-hint = Laissez vide pour attribuer le montant demandé.
selection-app-decision-save = Enregistrer la décision
selection-app-decision-clear = Revenir à la proposition
selection-app-stale = Un autre gestionnaire a modifié cette décision pendant que vous la modifiiez. Rien de ce que vous avez saisi n’est perdu : votre version est ci-dessous et, là où la version enregistrée diffère, elle est indiquée sous le champ. Vérifiez ces champs et enregistrez à nouveau pour garder votre version.
selection-app-saved-empty = (vide)
flash-selection-settings-saved = Les réglages de notation ont été enregistrés.
flash-selection-consensus-saved = Les notes de consensus ont été enregistrées.
flash-selection-decision-saved = La décision a été enregistrée.
flash-selection-decision-cleared = La dérogation a été retirée : la proposition décide à nouveau.
flash-selection-finalised = Les décisions ont été finalisées.
flash-scoring-closed = La notation est close : la graine du tirage est révélée.
flash-selection-published = Les résultats ont été publiés.
results-page-title = Résultats : { $call }
results-page-published-at = Publiés le { $at }.
results-page-not-published = Ces résultats ne sont pas encore publiés : seuls les gestionnaires les voient.
results-page-decided-at = Décidés le
results-page-intro = Le classement avec les chiffres de chaque candidature par critère (arrondis à deux décimales), son résultat et sa raison, et la justification de chaque décision qui s’écarte de la proposition.
results-page-json = Les résultats en JSON
results-page-csv = Les résultats en CSV
results-page-ranking-heading = Classement et décisions
results-page-lead = Organisation cheffe de file
results-page-reason = Raison
results-page-justification = Justification :
results-page-lottery-heading = Tirage au sort
results-page-lottery-how = Les égalités restantes après les critères de départage sont tranchées par un tirage que chacun peut recalculer : pour chaque candidature à égalité, calculez le SHA-256 de la graine, d’un deux-points et de sa référence, sha256({ $seed }:référence), en hexadécimal minuscule ; la plus petite valeur passe en premier.
results-page-commitment-how = L’engagement a été publié sur la page de l’appel au début de l’évaluation, avant toute note. Vérifiez la graine : le SHA-256 du texte de la graine, en hexadécimal minuscule, doit être égal à l’engagement, par exemple avec :
call-results-link = Voir les résultats
editor-selection-link = Notation et sélection
application-results-heading = Résultats
application-results-outcome = Résultat
application-results-justification = Justification
application-results-rank = Rang
application-results-total = Total
application-results-awarded = Montant attribué
application-results-all = Tous les résultats de l’appel
application-results-criteria = Chiffres par critère
application-results-score = Note
application-results-consensus = Consensus du comité
application-results-out-of = { $score } sur { $max }
application-results-reviews = Commentaires des évaluateurs
application-results-no-reviews = Aucune évaluation n’a été comptée.
application-results-reviewer = Évaluateur { $number }

## Funded projects: errors (domain::projects)
error-number = Indiquez un nombre.
error-user-unknown = Cet utilisateur n’existe pas ou est désactivé.
error-indicator-unknown = Cet indicateur ne fait pas partie de l’appel.
error-end-after-start = La fin doit suivre le début.
error-project-not-active = Le projet est { $status } : on ne peut plus rien y faire.
error-project-reports-started = Un rapport est déjà remis : les dates ne peuvent plus changer.
error-project-final-report = Un projet est achevé une fois son rapport final accepté.
error-tranche-waits-signature = Cette tranche ne peut pas être débloquée avant la signature de la convention de subvention.
error-tranche-waits-milestone = Cette tranche ne peut pas être débloquée avant l’acceptation du jalon { $position }.
error-tranche-waits-report = Cette tranche ne peut pas être débloquée avant l’acceptation du rapport d’avancement { $number }.
error-tranche-waits-final-report = Cette tranche ne peut pas être débloquée avant l’acceptation du rapport final.
error-tranche-waits-date = Cette tranche ne peut pas être débloquée avant le { $date }.
error-project-signature-used = Une tranche a été libérée sur cette signature : sa date ne peut plus changer.
error-project-unpaid-tranches = { $count ->
    [one] Une tranche n’est pas encore payée : payez-la avant d’achever le projet.
   *[other] { $count } tranches ne sont pas encore payées : payez-les avant d’achever le projet.
}
error-template-empty = Indiquez au moins une tranche.
error-percent = Indiquez un pourcentage supérieur à 0 et au plus 100, avec au plus deux décimales.
error-template-sum = Les tranches totalisent { $sum } ; elles doivent totaliser exactement 100 %.

## Funded projects: the portfolio pages and the call's tranche template (web)
nav-funded-projects = Projets financés
nav-manage-projects = Portefeuille
portfolio-heading = Projets financés
portfolio-intro = Tous les projets financés par un appel dont les résultats sont publiés : ce qui a été attribué, ce qui a été versé, et où en est chaque projet.
portfolio-filters-label = Filtrer les projets
portfolio-filter-subdivision = Région (subdivision)
portfolio-filter-health = État
portfolio-filters-clear = Afficher tous les projets
portfolio-projects-count = { $count ->
    [one] { $count } projet
   *[other] { $count } projets
}
portfolio-totals-heading = Totaux
portfolio-none = Aucun projet financé pour l’instant.
portfolio-none-filtered = Aucun projet ne correspond à ces filtres.
portfolio-currency = Devise
portfolio-projects = Projets
portfolio-awarded = Attribué
portfolio-disbursed = Versé
portfolio-overdue = Éléments en retard
portfolio-charts-heading = En graphiques
portfolio-projects-heading = Projets
portfolio-project = Projet
portfolio-call = Appel
portfolio-lead = Organisation cheffe de file
portfolio-subdivision = Région
portfolio-health = État
portfolio-progress = Avancement
portfolio-percent = { $percent }
portfolio-open-data-heading = Données ouvertes
portfolio-open-data-intro = Les mêmes chiffres en données ouvertes, libres de réutilisation.
portfolio-open-data-giving = Subventions au standard 360Giving (JSON)
portfolio-open-data-projects = Projets (CSV)
portfolio-open-data-disbursements = Versements (CSV)
portfolio-no-subdivision = Sans région
portfolio-chart-health-title = Projets par état
portfolio-chart-money-title = Attribué et versé par région, en { $currency }
portfolio-chart-awarded = Attribué
portfolio-chart-disbursed = Versé
portfolio-chart-awarded-value = Attribué : { $amount }
portfolio-chart-disbursed-value = Versé : { $amount }
portfolio-overdue-report = Rapport d’avancement { $number }, attendu le { $due }
portfolio-overdue-milestone = Jalon « { $title } », attendu le { $due }
manage-portfolio-heading = Portefeuille des projets financés
manage-portfolio-intro = Tous les projets financés, publiés ou non, avec ce qui demande de l’attention : les rapports d’avancement bientôt dus ou en retard, et les jalons en retard.
manage-portfolio-links = Sections et liens
manage-portfolio-attention-heading = À traiter
manage-portfolio-public-link = La page publique
manage-portfolio-reports-overdue = Rapports d’avancement en retard
manage-portfolio-reports-overdue-none = Aucun rapport d’avancement n’est en retard.
manage-portfolio-reports-due = { $days ->
    [one] Rapports d’avancement dus d’ici { $days } jour
   *[other] Rapports d’avancement dus d’ici { $days } jours
}
manage-portfolio-reports-due-none = Aucun rapport d’avancement n’est dû prochainement.
manage-portfolio-overdue-heading = Éléments en retard par projet
manage-portfolio-overdue-none = Rien n’est en retard.
manage-portfolio-report = Rapport
manage-portfolio-due-on = Dû le
manage-portfolio-report-status = Statut
manage-portfolio-report-overdue = En retard
manage-portfolio-report-due = Bientôt dû
editor-tranches-heading = Tranches des projets financés
editor-tranches-intro = Comment la subvention de chaque projet financé par cet appel est versée : chaque tranche est une part de la subvention, débloquée quand sa condition est remplie. Les parts totalisent 100 %.
editor-tranches-hint = Un jalon demande son titre et le nombre de mois après le début où il est dû ; un rapport, son numéro ; une date, le nombre de mois après le début. Laissez une ligne vide, ou cochez Retirer, pour la supprimer.
editor-tranches-save = Enregistrer les tranches
editor-tranches-decided = Les décisions sont définitives : les projets ont leurs tranches, et le modèle ne change plus.
editor-tranche-percent = Part (%)
editor-tranche-condition = Débloquée quand
editor-tranche-milestone = Jalon
editor-tranche-months = Mois après le début
editor-tranche-report = Numéro du rapport
editor-tranche-cell = Tranche { $number } : { $column }
editor-tranche-condition-signature = La convention est signée
editor-tranche-condition-milestone = Un jalon est accepté
editor-tranche-condition-report = Un rapport d’avancement est accepté
editor-tranche-condition-final-report = Le rapport final est accepté
editor-tranche-condition-date = Une date est atteinte
editor-tranche-after-months = { $months ->
    [one] { $months } mois après le début
   *[other] { $months } mois après le début
}
editor-tranche-on-signature = { $percent } à la signature de la convention
editor-tranche-on-milestone = { $percent } quand le jalon « { $title } » ({ $due }) est accepté
editor-tranche-on-report = { $percent } quand le rapport d’avancement { $number } est accepté
editor-tranche-on-final-report = { $percent } quand le rapport final est accepté
editor-tranche-on-date = { $percent } { $due }
flash-call-tranches-saved = Les tranches ont été enregistrées.

## Funded projects: the project page and the expert's requests (web::projects)
project-page-status-state-active = En cours
project-page-status-state-completed = Achevé
project-page-status-state-terminated = Résilié
project-page-milestone-state-pending = En attente
project-page-milestone-state-submitted = Justificatifs envoyés
project-page-milestone-state-accepted = Accepté
project-page-milestone-state-changes-requested = Modifications demandées
project-page-report-state-due = À rendre
project-page-report-state-submitted = Rendu
project-page-report-state-accepted = Accepté
project-page-report-state-changes-requested = Modifications demandées
project-page-tranche-state-planned = Prévue
project-page-tranche-state-released = Débloquée
project-page-tranche-state-paid = Versée
project-page-assistance-state-open = Ouverte
project-page-assistance-state-assigned = Expert désigné
project-page-assistance-state-resolved = Résolue
project-page-overdue-count = { $count ->
    [one] { $count } élément en retard
   *[other] { $count } éléments en retard
}
project-page-overdue = En retard
project-page-terminated-because = Ce projet a été résilié :
project-page-lead = Organisation cheffe de file
project-page-partners = Partenaires
project-page-partners-none = Aucun
project-page-call = Appel
project-page-programme = Programme
project-page-dates = Dates prévues
project-page-dates-value = du { $start } au { $end }
project-page-signed-on = Convention signée le
project-page-not-signed = Pas encore signée
project-page-signed = Signée
project-page-progress = Avancement
project-page-progress-hint = (part des jalons acceptés)
project-page-percent = { $percent }
project-page-awarded = Attribué
project-page-disbursed = Versé
project-page-paid-caption = { $disbursed } versés sur { $awarded } attribués ({ $percent }).
project-page-timeline-heading = Chronologie
project-page-kind-agreement = Convention :
project-page-kind-milestone = Jalon :
project-page-kind-report = Rapport d’avancement :
project-page-kind-tranche = Versement :
project-page-agreement = Signature de la convention de subvention
project-page-agreement-signed = Convention de subvention signée
project-page-tranche-title = { $amount } (tranche { $position })
project-page-report-title = Rapport { $number }
project-page-report-final-title = Rapport { $number } (final)
project-page-condition-signature = Débloquée une fois la convention de subvention signée.
project-page-condition-milestone = Débloquée une fois le jalon { $position } ({ $title }) accepté.
project-page-condition-report = Débloquée une fois le rapport d’avancement { $number } accepté.
project-page-condition-final-report = Débloquée une fois le rapport final accepté.
project-page-condition-date = Débloquée à partir du { $date }.
project-page-paid-on-date = Versée le { $date }
project-page-released-at = Débloquée le { $at }
project-page-indicators-heading = Indicateurs
project-page-indicators-none = L’appel ne définit aucun indicateur.
project-page-indicator = Indicateur
project-page-unit = Unité
project-page-target = Cible
project-page-latest = Dernière valeur
project-page-latest-hint = La dernière valeur déclarée, y compris dans les rapports pas encore acceptés.
project-page-latest-public-hint = La dernière valeur d’un rapport d’avancement accepté.
project-page-targets-heading = Cibles
project-page-target-of = Cible : { $name } ({ $unit })
project-page-targets-save = Enregistrer les cibles
project-page-milestones-heading = Jalons
project-page-milestones-none = Aucun jalon pour l’instant.
project-page-due = Échéance le { $date }
project-page-evidence = Justificatifs
project-page-evidence-of = Justificatifs de « { $title } »
project-page-evidence-hint = Décrivez ce qui montre que le jalon est atteint, avec des liens vers les documents s’ils sont publiés.
project-page-evidence-submit = Envoyer les justificatifs
project-page-review-comment = Commentaire du programme
project-page-comment-on-milestone = Commentaire sur « { $title } »
project-page-comment-on-report = Commentaire sur le rapport { $number }
project-page-comment-hint = Obligatoire pour demander des modifications ; l’équipe le verra.
project-page-accept = Accepter
project-page-request-changes = Demander des modifications
project-page-milestone-add-heading = Ajouter un jalon
project-page-milestone-title = Titre
project-page-milestone-description = Ce qui est attendu
project-page-due-on = Échéance
project-page-milestone-add = Ajouter le jalon
project-page-reports-heading = Rapports d’avancement
project-page-reports-none = Aucun rapport d’avancement n’est prévu.
project-page-narrative = Ce qui s’est passé
project-page-narrative-of = Rapport { $number } : ce qui s’est passé
project-page-narrative-hint = Ce qui a été fait pendant la période, ce qui a changé et ce qui a fait obstacle.
project-page-spending-of = Rapport { $number } : dépenses à ce jour ({ $currency })
project-page-spending-hint = Tout ce qui a été dépensé pour le projet depuis son début, par exemple 12500.50.
project-page-spending-value = Dépenses à ce jour : { $amount }
project-page-value-of = { $name } ({ $unit })
project-page-values-legend = Indicateurs
project-page-values-hint = La valeur actuelle de chaque indicateur ; laissez vide ce que vous ne pouvez pas encore mesurer.
project-page-report-submit = Rendre le rapport
project-page-tranches-heading = Tranches
project-page-tranche = Tranche
project-page-amount = Montant
project-page-condition = Condition
project-page-state = État
project-page-actions = Actions
project-page-release = Débloquer la tranche { $position }
project-page-release-waiting = Cette tranche ne peut pas être débloquée tant que sa condition n’est pas remplie. { $condition }
project-page-paid-on-of = Tranche { $position } : versée le
project-page-pay = Enregistrer le versement de la tranche { $position }
project-page-assistance-heading = Assistance technique
project-page-assistance-none = Aucune demande d’assistance technique.
project-page-asked-at = Demandée le { $at }
project-page-expert-is = Expert : { $expert }
project-page-expert-assigned = un expert est désigné
project-page-notes = Notes
project-page-expert = Expert
project-page-expert-of = Expert pour « { $topic } »
project-page-note = Note
project-page-assign-note-of = Note sur la désignation pour « { $topic } »
project-page-assign = Désigner l’expert
project-page-resolution = Ce qui a été fait
project-page-resolve-note-of = Ce qui a été fait pour « { $topic } »
project-page-resolve-hint = Obligatoire : ce qui a été fait, pour que l’équipe et le programme le voient.
project-page-resolve = Marquer comme résolue
project-page-assistance-ask-heading = Demander une assistance technique
project-page-assistance-ask-intro = Le programme désigne un expert qui aide sur le sujet et consigne ce qui a été fait.
project-page-assistance-topic = Sujet
project-page-assistance-description = L’aide nécessaire
project-page-assistance-ask = Envoyer la demande
project-page-manage-heading = Gérer le projet
project-page-dates-heading = Dates prévues
project-page-dates-hint = Le calendrier des rapports est recalculé à partir des nouvelles dates ; les jalons en attente et les tranches datées suivent le début. Impossible une fois un rapport rendu.
project-page-planned-start = Début prévu
project-page-planned-end = Fin prévue
project-page-dates-save = Enregistrer les dates
project-page-sign-heading = Convention de subvention
project-page-sign = Enregistrer la signature
project-page-complete-heading = Achèvement
project-page-complete-hint = Un projet est achevé une fois son rapport final accepté.
project-page-complete = Marquer le projet comme achevé
project-page-terminate-heading = Résiliation
project-page-terminate-hint = Met fin au projet de manière anticipée : plus rien ne pourra y être fait. Le motif est public.
project-page-terminate-reason = Motif de la résiliation
project-page-terminate = Résilier le projet
project-page-stale = Quelqu’un d’autre a modifié ceci pendant que vous travailliez. Ce que vous avez saisi est conservé ci-dessous et la page montre le projet tel qu’il est maintenant : vérifiez-le et renvoyez le formulaire.
assistance-page-title = Demandes d’assistance technique
assistance-page-intro = Les demandes des équipes de projet pour lesquelles vous êtes l’expert désigné.
assistance-page-none = Aucune demande ne vous est confiée.
flash-project-dates-saved = Les dates prévues ont été enregistrées.
flash-project-signed = La signature de la convention de subvention a été enregistrée.
flash-project-terminated = Le projet a été résilié.
flash-project-completed = Le projet est achevé.
flash-project-targets-saved = Les cibles ont été enregistrées.
flash-project-milestone-added = Le jalon a été ajouté.
flash-project-milestone-submitted = Les justificatifs ont été envoyés.
flash-project-milestone-reviewed = Le jalon a été examiné.
flash-project-report-submitted = Le rapport d’avancement a été rendu.
flash-project-report-reviewed = Le rapport d’avancement a été examiné.
flash-project-tranche-released = La tranche a été débloquée.
flash-project-tranche-paid = Le versement a été enregistré.
flash-project-assistance-requested = Votre demande d’assistance technique a été envoyée.
flash-project-expert-assigned = L’expert a été désigné.
flash-project-assistance-resolved = La demande a été marquée comme résolue.

## Funded projects: evidence files (web::projects)
project-page-files = Fichiers
project-page-file-of = Un fichier de preuve pour « { $title } »
project-page-file-hint = PDF, image ou document bureautique, 10 Mio au plus.
project-page-file-upload = Joindre le fichier
project-page-file-size = { $kib } Kio
flash-project-file-added = Le fichier est joint.

## Project health (domain::projects::schedule::Health::label)
health-on-track = Dans les temps
health-at-risk = À risque
health-completed = Achevé
health-terminated = Résilié

## Password reset
error-reset-link-invalid = Ce lien pour choisir un nouveau mot de passe ne fonctionne pas : il est inconnu, il a déjà servi ou il date de plus d’une heure. Demandez-en un nouveau.
login-forgot-password = Mot de passe oublié ?
reset-request-title = Mot de passe oublié ?
reset-request-heading = Mot de passe oublié ?
reset-request-intro = Saisissez l’adresse électronique de votre compte : nous vous enverrons un lien pour choisir un nouveau mot de passe.
reset-request-email = Adresse électronique
reset-request-submit = M’envoyer un lien
reset-request-problem-title = Aucun lien n’a pu être envoyé
reset-sent-title = Consultez votre messagerie
reset-sent-heading = Consultez votre messagerie
reset-sent-body = Si un compte existe pour cette adresse, nous lui avons envoyé un lien pour choisir un nouveau mot de passe. Le lien fonctionne pendant une heure, et une seule fois.
reset-sent-nothing = Rien reçu après quelques minutes ? Vérifiez vos courriers indésirables, et que vous avez bien saisi l’adresse de votre compte.
reset-ask-again = Demander un nouveau lien
reset-back-to-login = Retour à la connexion
reset-form-title = Choisir un nouveau mot de passe
reset-form-heading = Choisissez un nouveau mot de passe
reset-form-intro = Votre nouveau mot de passe remplace l’ancien, et vous serez déconnecté sur tous vos appareils.
reset-form-password = Nouveau mot de passe
reset-form-confirmation = Saisissez à nouveau le nouveau mot de passe
reset-form-submit = Enregistrer mon nouveau mot de passe
reset-error-mismatch = Les deux mots de passe ne sont pas identiques.
reset-invalid-title = Ce lien ne fonctionne pas
reset-invalid-heading = Ce lien ne fonctionne pas
flash-password-reset = Votre mot de passe a été modifié et toutes vos sessions ont été fermées. Connectez-vous avec votre nouveau mot de passe.

## Inbox, outbox and preferences
error-language-unknown = « { $value } » n’est pas une langue dans laquelle Convoca écrit. Choisissez le français, l’anglais, l’espagnol, l’allemand ou l’arabe.
error-notification-kind-unknown = « { $value } » n’est pas un type de message.
error-notification-kind-required = Toujours envoyé par courriel, impossible à désactiver : { $kind }.
error-outbox-retry-not-failed = Seul un message dont l’envoi a échoué peut être relancé ; { $state ->
    [queued] celui-ci est encore en file d’attente et sera tenté de toute façon.
    [sent] celui-ci a déjà été envoyé et ne doit pas partir deux fois.
    [skipped] celui-ci n’a pas été envoyé par courriel, car son destinataire a désactivé ce type de message.
   *[other] celui-ci n’a pas échoué.
}
notification-kind-invitation = Invitations à rejoindre une organisation
notification-kind-password-reset = Liens pour choisir un nouveau mot de passe
notification-kind-application-submitted = Accusés de réception des candidatures déposées
notification-kind-application-screened = Résultats de l’examen de recevabilité
notification-kind-review-assigned = Nouvelles candidatures à évaluer
notification-kind-review-reminder = Rappels d’évaluations en attente
notification-kind-results-published = Résultats publiés des appels
notification-kind-tranche-released = Tranches débloquées des projets financés
notification-kind-milestone-accepted = Jalons acceptés
notification-kind-milestone-changes-requested = Jalons à modifier
notification-kind-report-accepted = Rapports d’avancement acceptés
notification-kind-report-changes-requested = Rapports d’avancement à modifier
notification-kind-report-due-soon = Rapports d’avancement bientôt dus
notification-kind-report-overdue = Rapports d’avancement en retard
notification-kind-assistance-assigned = Demandes d’assistance technique confiées à un expert
notification-kind-assistance-resolved = Demandes d’assistance technique résolues
nav-inbox = Messages
nav-inbox-unread = { $count ->
    [one] Messages ({ $count } non lu)
   *[other] Messages ({ $count } non lus)
}
nav-outbox = Boîte d’envoi
inbox-title = Messages
inbox-heading = Vos messages
inbox-intro = Tout ce que Convoca vous a écrit, y compris ce qui n’a pas été envoyé par courriel, du plus récent au plus ancien.
inbox-unread-count = { $count ->
    [0] Aucun message non lu.
    [one] Un message non lu.
   *[other] { $count } messages non lus.
}
inbox-empty = Vous n’avez encore aucun message.
inbox-subject = Objet
inbox-received = Reçu le
inbox-status = État
inbox-actions = Actions
inbox-unread = Non lu
inbox-read = Lu
inbox-open = Ouvrir
inbox-mark-read = Marquer comme lu
inbox-mark-all-read = Tout marquer comme lu
flash-inbox-read = Le message est marqué comme lu.
flash-inbox-all-read = Tous vos messages sont marqués comme lus.
account-preferences-heading = Messages
account-preferences-intro = Convoca vous écrit par courriel et dans votre messagerie. Choisissez la langue de vos messages et ceux que vous recevez par courriel : tous les messages restent de toute façon dans votre messagerie.
account-preferences-language = Langue de vos messages
account-preferences-emailed = Me prévenir par courriel pour
account-preferences-emailed-hint = Décochez ce que vous ne souhaitez pas recevoir par courriel.
account-preferences-required = Toujours envoyés par courriel
account-preferences-required-why = Ces messages concernent l’accès à votre compte ou confirment une action de votre part ; ils sont donc toujours envoyés.
account-preferences-submit = Enregistrer mes préférences
flash-preferences-saved = Vos préférences ont été enregistrées.
outbox-title = Boîte d’envoi
outbox-heading = Boîte d’envoi
outbox-intro = Tous les messages mis en file d’attente par Convoca, du plus récent au plus ancien, et l’état de leur envoi. Un message en échec peut être relancé : il retourne dans la file et sera envoyé de nouveau.
outbox-filters-label = Filtrer les messages
outbox-filter-state = État de l’envoi
outbox-state-queued = En file d’attente
outbox-state-sent = Envoyé
outbox-state-failed = En échec
outbox-state-skipped = Non envoyé (désactivé)
outbox-kind = Message
outbox-recipient = Destinataire
outbox-state = Envoi
outbox-attempts = Tentatives échouées
outbox-last-error = Dernière erreur
outbox-created = Mis en file le
outbox-sent = Envoyé le
outbox-next-attempt = Prochaine tentative : { $date }
outbox-none = Aucun message ne correspond à ces filtres.
outbox-retry = Relancer
flash-outbox-retried = Le message est de retour dans la file d’attente.

## Appels publiés en plusieurs langues
programme-content-languages = Langues de publication
programme-content-languages-hint = Les langues dans lesquelles ses appels sont publiés, en codes séparés par des virgules (en, es, fr, de, ar) ; la première est celle dans laquelle ils sont rédigés. Laissez vide si les appels ne sont pas traduits.
error-language-twice = { $value } est indiqué deux fois.
error-first-language-locked = La première langue de publication ne peut plus changer une fois que le programme a des appels : leurs textes sont rédigés dans cette langue.
error-translation-first-language = L’appel est rédigé en { $language } ; modifiez l’appel lui-même pour changer ces textes.
error-translation-not-content-language = { $language } ne fait pas partie des langues de publication du programme.
error-translation-unknown-field = L’appel n’a pas ce texte.
call-language-fallback = Cet appel est publié en { $languages }, pas dans votre langue ; il est affiché en { $shown }.
translation-page-title = Traduction : { $language }
translation-page-intro = Chaque texte de l’appel tel qu’il a été rédigé, avec sa traduction en dessous. Un texte laissé vide s’affiche tel qu’il a été rédigé. Les traductions ne changent aucune règle et peuvent être modifiées à tout moment ; chaque modification est consignée dans le journal d’audit.
translation-written = Texte d’origine :
translation-save = Enregistrer la traduction
translation-field-title = Titre
translation-field-description = Description
translation-field-criterion-title = Critère { $position } : titre
translation-field-criterion-guidance = Critère { $position } : indications
translation-field-question-prompt = Question { $position } : intitulé
translation-field-question-help = Question { $position } : aide
translation-field-indicator-name = Indicateur { $position } : nom
translation-field-milestone-title = Jalon { $position } : titre
editor-translations-heading = Traductions
editor-translations-none = Le programme publie ses appels dans une seule langue. Pour les traduire, indiquez ses langues de publication sur la page du programme.
editor-translations-intro = Le programme publie ses appels en plusieurs langues. Les traductions peuvent être modifiées à tout moment, même après l’ouverture.
editor-translations-link = Traduire : { $language }
flash-call-translation-saved = La traduction a été enregistrée.

## Home page per role, and which role a refused page is for
error-page-needs-role-admin = Cette page est réservée aux administrateurs.
error-page-needs-role-manager = Cette page est réservée aux responsables de programme.
error-page-needs-role-reviewer = Cette page est réservée aux membres du comité de sélection.
error-page-needs-role-applicant = Cette page est réservée aux candidats (personnel d’une collectivité ou d’un partenaire).
error-page-needs-roles = Cette page est réservée à ces rôles : { $roles }.
home-no-role = Votre compte n’a encore aucun rôle. Un administrateur attribue les rôles.
home-your-account = Compte et organisation
home-call-name = { $title } ({ $code })
home-application-name = { $reference } : { $title }
home-results-of = Résultats de { $title }
home-results-published = publiés le { $date }
home-reviews-done = { $needed ->
    [one] { $done } évaluation faite sur 1
   *[other] { $done } évaluations faites sur { $needed }
}
home-reviews-done-due = { $done } ; évaluations attendues le { $date }
home-work-item = { $project } : { $what }
home-work-report = Rapport d’avancement { $number }
home-work-milestone = jalon « { $title } »
home-work-due = attendu le { $date }
home-work-overdue = en retard depuis le { $date }
home-work-changes-requested = modifications demandées (attendu le { $date })
home-admin-heading = Administration
home-admin-group = Utilisateurs et courriels
home-admin-users = { $count ->
    [one] 1 utilisateur
   *[other] { $count } utilisateurs
}
home-admin-inactive = { $count ->
    [one] 1 désactivé
   *[other] { $count } désactivés
}
home-admin-outbox = Boîte d’envoi des courriels
home-admin-outbox-counts = { $queued } en attente, { $failed } en échec
home-manager-heading = Gestion du programme
home-manager-quiet = Rien ne vous attend pour le moment.
home-manager-unverified = Organisations en attente de vérification
home-manager-unverified-note = { $count ->
    [one] 1 organisation attend d’être vérifiée.
   *[other] { $count } organisations attendent d’être vérifiées.
}
home-manager-unverified-all = Toutes les organisations en attente de vérification
home-manager-screen = Candidatures à examiner
home-manager-screen-count = { $count ->
    [one] 1 candidature déposée à examiner
   *[other] { $count } candidatures déposées à examiner
}
home-manager-reviewing = Avancement de l’évaluation
home-manager-to-review = Rapports et jalons en attente de votre examen
home-manager-overdue = Rapports et jalons en retard
home-manager-assistance = Demandes d’assistance technique ouvertes
home-manager-assistance-asked = demandée le { $date }
home-manager-portfolio = Le portefeuille des projets financés
home-reviewer-heading = Comité de sélection
home-reviewer-quiet = Aucune évaluation ne vous attend.
home-reviewer-call = Vos évaluations pour { $title } ({ $code })
home-reviewer-left = { $assigned ->
    [one] { $left } candidature sur 1 assignée reste à noter
   *[other] { $left } candidatures sur { $assigned } assignées restent à noter
}
home-reviewer-left-due = { $left } ; évaluations attendues le { $date }.
home-reviewer-draft = brouillon enregistré
home-reviewer-not-started = pas commencée
home-reviewer-all = Toutes vos évaluations
home-chair-call = Réunion du comité pour { $title } ({ $code })
home-chair-note = { $progress }. { $flagged }
home-chair-flagged = { $count ->
    [0] Aucune candidature n’est signalée pour discussion.
    [one] 1 candidature signalée pour discussion ({ $open } sans note de consensus).
   *[other] { $count } candidatures signalées pour discussion ({ $open } sans note de consensus).
}
home-chair-consensus-recorded = note de consensus enregistrée
home-chair-consensus-to-record = note de consensus à enregistrer
home-chair-progress-link = L’avancement du comité
home-applicant-heading = Les candidatures et projets de votre organisation
home-applicant-drafts = Brouillons à terminer
home-applicant-draft = { $title } (pour { $call })
home-applicant-deadline = date limite { $date }, { $left }
home-applicant-deadline-missed = la date limite est passée
home-applicant-submissions = Candidatures déposées
home-applicant-submission-state = { $call } : { $state }
home-applicant-all = Toutes vos candidatures
home-applicant-results = Résultats à lire
home-applicant-projects = Vos projets financés
home-applicant-due = Rapports et jalons à rendre
home-applicant-start = Candidater à un appel
home-applicant-none = Votre organisation n’a encore commencé aucune candidature.
home-public-heading = Appels, résultats et projets
home-public-open-calls = Appels ouverts
home-public-no-open-calls = Aucun appel n’est ouvert en ce moment.
home-public-closes = clôture le { $date }
home-public-all-calls = Tous les appels
home-public-results = Résultats récents
home-public-portfolio = Le portefeuille
home-public-projects = { $count ->
    [one] 1 projet financé
   *[other] { $count } projets financés
}
call-sign-up-to-apply = S’inscrire pour candidater
call-log-in-to-apply = Déjà inscrit ? Connectez-vous pour candidater
selection-page-flagged-on = Signalée pour discussion : { $criteria }
selection-page-flagged-total = Signalée pour discussion : les totaux des évaluateurs divergent
error-page-too-large-title = Trop volumineux
error-page-too-large = Ce que vous avez envoyé est trop volumineux : un fichier peut faire au plus 10 Mio, et un formulaire au plus { $mib } Mio. Rien n’a été enregistré. Revenez en arrière, choisissez un fichier plus petit et envoyez-le à nouveau.
selection-finalise-confirm-heading = Finaliser les décisions ?
selection-finalise-confirm-consequences = Chaque candidature retenue devient un projet financé, l’appel passe à l’état décidé, et les résultats peuvent ensuite être publiés. C’est irréversible.
selection-finalise-confirm-back = Retour au tableau de sélection

## The call editor as one form
editor-one-form-hint = Cette page est un seul formulaire : chaque bouton Enregistrer enregistre toutes les modifications faites sur la page, dans chaque section ; rien de ce que vous avez saisi n’est perdu.
editor-more-rows = Plus de lignes
editor-more-questions = Plus de questions
editor-weight-total = Pondération totale des critères :
editor-scoring-intro = Comment les notes du comité deviennent les chiffres de chaque candidature. La méthode d’agrégation est une règle publiée, figée dès l’ouverture de l’appel ; le reste peut changer jusqu’aux décisions.
editor-scoring-method-frozen = Agrégation (figée depuis l’ouverture de l’appel) : { $method }
flash-call-saved = Vos modifications ont été enregistrées.
flash-call-unchanged = Rien n’avait changé : rien n’a été enregistré.
error-organisation-name-ambiguous = Plusieurs organisations s’appellent « { $value } » ; indiquez l’identifiant ou le code officiel de celle que vous visez.
prerequisite-holders-heading = Qui les a remplis
prerequisite-holders-none = Aucune organisation ne l’a encore rempli.
prerequisite-holders-caption = Organisations ayant rempli « { $name } »
prerequisite-holders-recorded = Enregistré
prerequisite-import-organisations-link = Consulter les identifiants et codes officiels des organisations
prerequisite-import-template-link = Télécharger un modèle CSV
manage-organisation-id = Identifiant
manage-organisations-identifiers = Un import de prérequis désigne une organisation par son identifiant, son code officiel ou, si aucune autre organisation ne le porte, son nom.
# L’accusé de réception comme copie imprimable de la candidature (issue 17)
receipt-organisation = { $name } ({ $kind })
receipt-as-submitted = Vous trouverez ci-dessous la candidature complète, telle qu’elle a été soumise. Les modifications ultérieures de l’appel ou des organisations ne la changent pas.
receipt-partners-none = Aucun partenaire.
layout-table-region = Tableau : { $name }

## A programme across its cycles
programme-page-eyebrow = Programme
programme-page-open-data = Ces chiffres en données ouvertes (JSON)
programme-page-cycles-heading = Cycles
programme-page-cycles-intro = Chaque appel du programme, dans l’ordre, avec ce qu’il a permis. Ce qu’un appel a décidé est compté une fois ses résultats publiés.
programme-page-cycles-none = Ce programme n’a encore publié aucun appel.
programme-page-cycle = Cycle
programme-page-state = Statut
programme-page-dates = { $opens } – { $closes }
programme-page-cloned-from = Prolonge le { $cycle }
programme-page-applications = Candidatures
programme-page-eligible = Éligibles
programme-page-selected = Retenues
programme-page-projects = Projets financés
programme-page-awarded = Attribué
programme-page-disbursed = Versé
programme-page-completed = Achevés
programme-page-terminated = Résiliés
programme-page-not-published = Résultats pas encore publiés
programme-page-chart-counts-title = Candidatures et sélections par cycle
programme-page-chart-money-title = Attribué et versé par cycle ({ $currency })
programme-page-indicators-heading = Indicateurs par cycle
programme-page-indicators-none = Aucun cycle aux résultats publiés n’a encore d’indicateurs.
programme-page-indicator = Indicateur
programme-page-indicator-target = Cibles
programme-page-indicator-reached = Atteint
programme-page-regions-heading = Les régions au fil des cycles
programme-page-regions-intro = Quelles subdivisions ont candidaté, et ont été retenues, à chaque cycle ; celles jamais atteintes sont aussi listées.
programme-page-never-reached = Jamais atteintes : { $count } subdivisions sur { $total }.
programme-page-region = Subdivision
programme-page-region-cell = { $applications } candidatures, { $selected } retenues
programme-page-region-none = Aucune
programme-page-region-unnamed = Subdivision non indiquée
programme-page-not-reached = Jamais atteinte
call-programme-cycles = Tous les cycles de ce programme

## Échanges entre pairs

exchanges-link = Échanges entre les projets financés
exchanges-heading = Échanges entre pairs
exchanges-intro = Réunissez les équipes des projets financés pour qu’elles apprennent les unes des autres. Les équipes invitées sont prévenues et inscrivent qui participe ; une fois l’échange tenu, consignez ses résultats : il apparaît alors sur la page publique du programme.
exchanges-list-heading = Échanges de ce programme
exchanges-none = Aucun échange n’a encore été organisé.
exchange-title = Titre
exchange-starts-at = Date et heure
exchange-starts-at-hint = Dans le fuseau horaire ci-dessous.
exchange-time-zone = Fuseau horaire
exchange-time-zone-hint = Un fuseau horaire IANA, par exemple Africa/Tunis ou Europe/Paris.
exchange-place = Lieu
exchange-place-hint = Où il se tient ; laissez vide s’il a lieu uniquement en ligne.
exchange-online-link = Lien en ligne
exchange-online = Rejoindre en ligne
exchange-agenda = Programme
exchange-invited = Projets invités
exchange-new-heading = Organiser un échange
exchange-no-projects = Ce programme n’a pas encore de projet financé à inviter.
exchange-create = Organiser l’échange
exchange-edit-heading = Modifier l’échange
exchange-save = Enregistrer l’échange
exchange-outcome-heading = Résultats
exchange-outcome-recorded = Consignés
exchange-outcome-pending = Pas encore consignés
exchange-outcome-notes = Ce qui a été appris
exchange-outcome-attended = Ont participé
exchange-outcome-documents = Documents
exchange-outcome-documents-hint = Un par ligne : un titre, une barre verticale et l’adresse, par exemple « Diapositives | https://example.org/diapositives.pdf ».
exchange-outcome-save = Consigner les résultats
exchange-outcome-not-yet = Les résultats peuvent être consignés une fois l’échange commencé.
exchange-registered-heading = Qui participe
exchange-attendees = Personnes présentes
exchange-attendees-hint = Un nom par ligne ; vous pouvez modifier la liste jusqu’à la fin du jour de l’échange.
exchange-no-one-registered = Personne n’est encore inscrit.
exchange-attended-yes = Oui
exchange-attended-no = Non
exchange-project-heading = Échanges entre pairs
exchange-project-intro = Les échanges entre projets financés auxquels votre projet est invité.
exchange-attendance-save = Enregistrer qui participe
exchange-attendance-closed = Les inscriptions sont closes.
exchange-attendance-heading = Qui participe à l’échange
exchange-back-to-project = Retour au projet
exchange-public-heading = Échanges entre pairs
exchange-public-none = Aucun échange entre pairs n’a encore été consigné.
exchange-public-invited = Invités :
exchange-public-attended = Ont participé :
exchange-public-attended-none = aucune des organisations invitées
flash-exchange-organised = L’échange a été organisé et les équipes invitées ont été prévenues.
flash-exchange-saved = L’échange a été enregistré.
flash-exchange-outcome-recorded = Les résultats ont été consignés ; l’échange est désormais public.
flash-exchange-attendance-saved = Votre liste de participants a été enregistrée.
error-link-invalid = Saisissez une adresse web commençant par https:// ou http://.
error-exchange-place-or-link = Indiquez un lieu, un lien en ligne, ou les deux.
error-exchange-invite-someone = Invitez au moins un projet financé.
error-exchange-project-not-in-programme = Seuls les projets financés des appels de ce programme peuvent être invités.
error-exchange-outcome-recorded = Les résultats de cet échange sont consignés ; il ne peut plus être modifié.
error-exchange-over = Cet échange est terminé ; la liste des participants ne peut plus être modifiée.
error-exchange-not-held-yet = L’échange n’a pas encore commencé ; consignez ses résultats ensuite.
error-exchange-attended-not-invited = Seuls des projets invités peuvent avoir participé.
notification-kind-exchange-invited = Invitations aux échanges entre pairs
email-exchange-invited-subject = « { $project } » est invité à un échange entre pairs : { $exchange }
email-exchange-invited-body =
    Le programme invite l’équipe de « { $project } » à l’échange entre pairs « { $exchange } », le { $starts_at } ({ $place }).

    Sur la page du projet, vous pouvez lire le programme et inscrire les personnes de votre organisation qui y participeront.

## Apprendre d'un pilote à l'autre : leçons apprises et réplication
learning-heading = Apprendre d'un pilote à l'autre
lessons-heading = Leçons apprises
lessons-legend = Leçons apprises
lessons-hint = Le rapport final partage ce que ce pilote a appris, pour que d'autres collectivités puissent le reproduire. Chaque partie est obligatoire ; les leçons deviennent publiques une fois le rapport accepté.
lessons-what-worked = Ce qui a fonctionné
lessons-what-did-not = Ce qui n'a pas fonctionné
lessons-to-replicate = Ce dont une autre collectivité a besoin pour le reproduire
lessons-contact = Contact
lessons-contact-hint = Un nom et une adresse e-mail, ou une fonction, que d'autres peuvent solliciter.
lessons-unpublished = Seuls l'équipe du projet et les gestionnaires voient ces leçons, jusqu'à l'acceptation du rapport final.
lessons-published-on = Publiées le { $date }
lessons-none = Aucune leçon n'est encore publiée : elles arrivent avec le rapport final accepté.
replication-heading = Réplication
replication-field = Reproduit un projet antérieur
replication-hint = Facultatif : un projet financé du portefeuille public que celui-ci reproduit.
replication-replicates = Reproduit :
replication-none = Aucun projet ultérieur ne reproduit encore celui-ci.
replication-count = { $count ->
    [one] 1 projet ultérieur reproduit celui-ci :
   *[other] { $count } projets ultérieurs reproduisent celui-ci :
}
replication-save = Enregistrer le lien
flash-project-replicates-set = Le lien de réplication a été enregistré.
error-replication-not-public = Choisissez un projet financé du portefeuille public.
error-replication-self = Un projet ne peut pas se reproduire lui-même.
error-replication-later = Choisissez un projet financé avant celui-ci.
portfolio-replications = Réplications
portfolio-open-data-lessons = Leçons apprises (CSV)
programme-page-learning-heading = Apprentissages par cycle
programme-page-learning-intro = Les échanges entre pairs tenus avec les projets de chaque cycle, les leçons publiées par leurs rapports finaux, et combien de ses projets en reproduisent un précédent.
programme-page-exchanges-held = Échanges tenus
programme-page-lessons-published = Leçons publiées
programme-page-replications = Reproductions
programme-page-cycle-number = Cycle { $number }
error-benchmark-criterion-unknown = L’appel n’a pas de critère { $position }.
call-part-selection-mode = le mode de sélection
call-part-benchmark = le référentiel
selection-reason-benchmark = Retenue : elle atteint le référentiel.
selection-reason-below-benchmark = Non retenue : elle n’atteint pas le référentiel.
selection-reason-enrolled = Admise : déclarée éligible.
results-page-selection-mode = Type d’appel
call-selection-mode-competitive = Compétitif : classement dans la limite du budget et des places
call-selection-mode-benchmark = Référentiel : toute candidature qui l’atteint est reconnue
call-selection-mode-enrolment = Adhésion : tout candidat éligible est admis
results-page-level = Niveau
results-page-criterion-met = atteint
results-page-criterion-not-met = non atteint
portfolio-open-data-commitments-csv = Engagements des plans d’action (CSV)
portfolio-open-data-commitments-json = Engagements des plans d’action (JSON)
error-commitment-unknown = Choisissez une seule fois un engagement du plan d’action de ce projet.
error-completion-unknown = Choisissez une évaluation : non commencé, limité, substantiel ou achevé.
error-commitment-unrated = Évaluez l’avancement de l’engagement « { $commitment } ».
error-ogp-value-unknown = Choisissez une valeur : transparence, participation, redevabilité ou inclusion.
error-plan-adopted = Le conseil a adopté le plan d’action ; ses engagements ne peuvent plus changer.
error-adoption-of-commitment = L’adoption par le conseil porte sur tout le plan d’action, pas sur un engagement.
error-adoption-exists = Ce projet a déjà son jalon d’adoption par le conseil.
commitment-heading = Plan d’action
commitment-plan-adopted = Adopté par le conseil
commitment-plan-not-adopted = Pas encore adopté par le conseil
commitment-none = Aucun engagement pour l’instant.
commitment-field-title = Engagement
commitment-field-problem = Problème traité
commitment-field-value = Valeur du gouvernement ouvert
commitment-field-lead = Institution responsable
commitment-completion = Avancement
commitment-not-rated = Pas encore évalué
commitment-completion-in-report = { $rating } (rapport { $number })
commitment-value-transparency = Transparence
commitment-value-participation = Participation
commitment-value-accountability = Redevabilité
commitment-value-inclusion = Inclusion
commitment-completion-not-started = Non commencé
commitment-completion-limited = Limité
commitment-completion-substantial = Substantiel
commitment-completion-complete = Achevé
commitment-add-heading = Ajouter un engagement
commitment-add = Ajouter l’engagement
commitment-rating-of = Avancement de « { $title } »
commitment-ratings-legend = Avancement de chaque engagement
commitment-milestone-of = Engagement auquel il appartient
commitment-milestone-adoption = Adoption du plan d’action par le conseil
commitment-milestone-adoption-hint = Cochez pour le jalon qui consigne l’adoption par le conseil ; sa preuve est la délibération du conseil.
flash-project-commitment-added = L’engagement a été ajouté.
editor-selection-mode = Mode de sélection
editor-selection-mode-hint = Les appels compétitifs classent et sélectionnent dans la limite du budget et des places ; les appels à référentiel reconnaissent toute candidature qui l’atteint (ses critères essentiels et ses niveaux se règlent par l’API) ; les appels à adhésion admettent tout candidat éligible. Figé à l’ouverture de l’appel.
editor-selection-mode-frozen = Mode de sélection (figé depuis l’ouverture) : { $mode }

## Appels au fil de l'eau : sans date limite, chaque candidature décidée à son arrivée
error-rolling-competitive = Un appel compétitif classe toutes les candidatures ensemble et a donc besoin d’une date limite : seuls les appels par référentiel et par adhésion peuvent être au fil de l’eau.
error-rolling-one-by-one = Cet appel est au fil de l’eau : ses candidatures sont décidées une à une, pas toutes à la fois.
error-rolling-only = Seule une candidature d’un appel au fil de l’eau est décidée à part.
error-rolling-not-screened = Seule une candidature déclarée recevable et pas encore décidée peut être décidée maintenant.
error-rolling-already-decided = Cette candidature a déjà été décidée ; la décision est définitive.
call-rolling-no-deadline = Sans date limite : ouvert jusqu’à sa clôture par le programme
editor-rolling = Admission au fil de l’eau
editor-rolling-hint = Appels par référentiel et par adhésion uniquement. L’appel n’a pas de date limite : il reste ouvert jusqu’à ce que vous le clôturiez, et chaque candidature est décidée et publiée dès qu’elle est déclarée recevable (et, dans un appel par référentiel, évaluée).
editor-rolling-frozen = Cet appel est au fil de l’eau : il n’a pas de date limite, et chaque candidature est décidée à son arrivée.
application-rolling-heading = Décider de cette candidature
application-rolling-intro = Cet appel est au fil de l’eau : vous décidez de chaque candidature à part dès qu’elle est déclarée recevable. La règle de l’appel décide (admise dans un appel par adhésion ; reconnue si ses évaluations atteignent le référentiel), sauf si vous la modifiez sur le tableau de sélection. La décision est définitive et publiée aussitôt, et une candidature admise devient un projet.
application-rolling-decide = Décider et publier
flash-application-decided = La candidature est décidée, et la décision est publiée.
call-joined-heading = Qui a rejoint
call-joined-intro = Cet appel admet les collectivités locales au fil de leurs candidatures. Chacune de cette liste a été admise ou reconnue ; la liste s’allonge à chaque décision.
call-joined-none = Personne n’a encore rejoint.
call-joined-organisation = Collectivité locale
call-joined-place = Région
call-joined-level = Niveau
call-joined-date = Date d’adhésion
call-joined-results = Toutes les décisions, avec leurs motifs

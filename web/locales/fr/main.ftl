# Convoca — catalogue français. Il doit contenir toutes les clés du catalogue anglais (un test le vérifie).

## Messages du domaine (erreurs de champ et problèmes)
error-required = Ce champ est obligatoire.
error-too-long = { $max } caractères au maximum.
error-not-negative = La valeur ne peut pas être négative.
error-email-invalid = Cette adresse électronique n’est pas valide.
error-email-taken = Un compte existe déjà avec cette adresse électronique.
error-password-short = Le mot de passe doit comporter au moins { $min } caractères.
error-password-wrong = Le mot de passe actuel n’est pas correct.
error-role-unknown = Rôle inconnu : « { $value } ».
error-kind-unknown = Type d’organisation inconnu : « { $value } ».
error-kind-not-local-government = Seules les collectivités locales peuvent s’inscrire ; les organisations partenaires sont enregistrées par un gestionnaire de programme.
error-country-unknown = « { $value } » n’est pas un code de pays ISO 3166-1.
error-subdivision-unknown = « { $value } » n’est pas une subdivision de { $country }.
error-parent-unknown = L’organisation de rattachement n’existe pas.
error-parent-self = Une organisation ne peut pas être rattachée à elle-même.
error-organisation-unknown = Cette organisation n’existe pas.
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
account-token-revoke-named = Révoquer le jeton « { $name } »
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
manage-verify-named = Vérifier { $organisation }
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
admin-save-roles-of = Enregistrer les rôles de { $name }
admin-activate = Activer
admin-activate-named = Activer { $name }
admin-deactivate = Désactiver
admin-deactivate-named = Désactiver { $name }
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
eligibility-kind-pass = { $kind } fait partie des types acceptés par cet appel ({ $allowed }).
eligibility-kind-fail = Cet appel n’accepte que { $allowed } ; { $kind } n’en fait pas partie.
eligibility-population-pass = La population de { $population } est { $range }, comme l’exige l’appel.
eligibility-population-fail = La population de { $population } n’est pas { $range }, comme l’exige l’appel.
eligibility-population-unknown = La population n’est pas renseignée ; l’appel exige qu’elle soit { $range }.
eligibility-location-pass = { $place } fait partie des territoires couverts par cet appel ({ $allowed }).
eligibility-location-fail = Cet appel ne couvre que { $allowed } ; { $place } n’en fait pas partie.
eligibility-prerequisites-pass = Toutes les étapes requises sont enregistrées : { $required }.
eligibility-prerequisites-fail = Il manque encore : { $missing }.
eligibility-consortium-count = { $kind } : { $count } sur au moins { $minimum }
eligibility-consortium-pass = Le consortium compte les membres requis ({ $counts }).
eligibility-consortium-fail = Il manque des membres au consortium : { $short }.
eligibility-amount-pass = Le montant demandé de { $amount } est { $range }, dans les limites de l’appel.
eligibility-amount-fail = Le montant demandé de { $amount } n’est pas { $range }, hors des limites de l’appel.
eligibility-amount-missing = Aucun montant n’est encore demandé ; il doit être { $range }.
eligibility-cofunding-pass = Le cofinancement représente { $share } % du budget total ; au moins { $minimum } % sont exigés.
eligibility-cofunding-fail = Le cofinancement ne représente que { $share } % du budget total ; au moins { $minimum } % sont exigés.
eligibility-cofunding-no-budget = Il n’y a pas encore de budget ; le cofinancement doit en atteindre { $minimum } %.

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
error-organisation-not-found = Aucune organisation n’a l’identifiant ou le code officiel « { $value } ».
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
calls-filter-country-hint = Le pays du programme, par exemple TN.
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
call-criterion-share = { $share } % du total
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
rule-applicant-kinds = Les candidats doivent être : { $kinds }.
rule-population = La population du candidat doit être { $range }.
rule-location = Les candidats doivent être situés à ou en : { $places }.
rule-prerequisites = Les candidats doivent avoir enregistré : { $required }.
rule-consortium = La candidature doit venir d’un consortium comprenant { $minimums }.
rule-consortium-minimum = { $kind } (au moins { $minimum })
rule-requested-amount = Le montant demandé doit être { $range }.
rule-cofunding = Le cofinancement doit atteindre au moins { $share } % du budget total du projet.

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
prerequisite-import-columns = L’organisation est son identifiant ou son code officiel ; le prérequis, son nom tel que défini ci-dessus ; les dates s’écrivent AAAA-MM-JJ.
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
application-partner-remove-named = Retirer { $name }
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
application-attachment-remove-named = Retirer { $name }
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
committee-share-fail = { $sector } : { $count } membres votants sur { $total }, sous le minimum de { $min_percent } %.
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
review-page-scale = Poids { $weight } ({ $share } % du total). Note de 0 à { $max }.
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
committee-page-remove-named = Retirer { $name } du comité
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
reviewing-page-remind-named = Relancer { $name }
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

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
error-call-frozen = L’appel est à l’état { $state } : { $part } ne peut plus changer, afin que chaque candidat soit jugé selon les règles qu’il a lues.
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
error-csv-row-failed = Cette ligne n’a pas pu être enregistrée ({ $reason }).

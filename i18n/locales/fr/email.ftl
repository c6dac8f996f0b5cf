## Courriels : un objet et un corps par type de notification.

email-link = Ouvrir dans Convoca : { $link }
email-footer-required = Vous recevez ce message à la suite d’une action sur votre compte Convoca ; il ne peut pas être désactivé.
email-footer-optional = Vous pouvez choisir les messages que Convoca vous envoie par courriel sur la page de votre compte : { $preferences }

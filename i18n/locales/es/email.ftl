## Correos: un asunto y un cuerpo por tipo de notificación.

email-link = Ábralo en Convoca: { $link }
email-footer-required = Recibe este mensaje por una acción en su cuenta de Convoca; no se puede desactivar.
email-footer-optional = Puede elegir qué mensajes le envía Convoca por correo en la página de su cuenta: { $preferences }

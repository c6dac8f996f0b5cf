# Convoca — catálogo en español. Debe tener todas las claves del catálogo inglés (una prueba lo comprueba).

## Mensajes del dominio (errores de campo y problemas)
error-required = Este campo es obligatorio.
error-too-long = Como máximo { $max } caracteres.
error-not-negative = No puede ser negativo.
error-email-invalid = Esta no es una dirección de correo electrónico válida.
error-email-taken = Ya existe una cuenta con esta dirección de correo electrónico.
error-password-short = La contraseña debe tener al menos { $min } caracteres.
error-password-wrong = La contraseña actual no es correcta.
error-role-unknown = Rol desconocido: «{ $value }».
error-kind-unknown = Tipo de organización desconocido: «{ $value }».
error-kind-not-local-government = Solo los gobiernos locales pueden registrarse; a las organizaciones socias las registra un gestor del programa.
error-country-unknown = «{ $value }» no es un código de país ISO 3166-1.
error-subdivision-unknown = «{ $value }» no es una subdivisión de { $country }.
error-parent-unknown = La organización superior no existe.
error-parent-self = Una organización no puede ser su propia organización superior.
error-organisation-unknown = Esta organización no existe.
error-cannot-remove-own-admin = No puede quitarse a sí mismo el rol de administrador.
error-cannot-deactivate-self = No puede desactivarse a sí mismo.
error-stale-version = Otra persona ha modificado esto mientras tanto. Vuelva a cargarlo y aplique su cambio de nuevo.
error-duplicate = Esto ya existe.

## Interfaz web: el marco de todas las páginas
site-name = Convoca
layout-skip-to-content = Saltar al contenido principal
layout-nav-label = Principal
layout-language = Idioma
layout-language-change = Cambiar
layout-footer = Convoca: convocatorias abiertas y competitivas entre programas nacionales y gobiernos locales.
nav-home = Inicio
nav-signup = Registrarse
nav-login = Iniciar sesión
nav-account = Mi cuenta
nav-organisation = Mi organización
nav-organisations = Organizaciones
nav-users = Usuarios
nav-logout = Cerrar sesión

## Inicio
home-title = Inicio
home-heading = Convocatorias competitivas, con total transparencia
home-intro = Convoca gestiona convocatorias competitivas entre programas nacionales y gobiernos locales. Una agencia nacional publica una convocatoria con sus criterios y su presupuesto; municipios, provincias y estados se postulan en línea, solos o con socios de la sociedad civil; un comité de miembros del gobierno y de la sociedad civil evalúa las postulaciones; y los resultados, con sus motivos, y el avance de los proyectos piloto financiados se publican para que todos puedan verlos.
home-signed-in-as = Ha iniciado sesión como { $name }.
home-unverified-notice = La organización { $organisation } aún no ha sido verificada. Un gestor del programa debe verificarla antes de que pueda presentar postulaciones.
home-go-account = Su cuenta
home-go-organisation = Su organización
home-get-started = Empezar
home-anonymous = Los gobiernos locales se registran aquí para postularse a las convocatorias. El personal de los programas y los miembros de los comités reciben su cuenta de un administrador.
home-signup-button = Registrar su gobierno local
home-login-button = Iniciar sesión

## Etiquetas comunes
date-never = Nunca
role-admin = Administrador
role-manager = Gestor del programa
role-reviewer = Evaluador
role-applicant = Postulante
role-none = Sin rol
kind-national-agency = Agencia nacional
kind-region = Región
kind-province = Provincia
kind-state = Estado
kind-department = Departamento
kind-county = Condado
kind-municipality = Municipio
kind-association-of-municipalities = Asociación de municipios
kind-civil-society = Organización de la sociedad civil
kind-academia = Universidad o centro de investigación
kind-private = Empresa privada
kind-international = Organización internacional
user-active = Activo
user-inactive = Desactivado

## Formularios y listas
form-choose = Elija…
form-error-summary-title = Hay un problema
form-error-prefix = Error:
form-error-not-a-whole-number = Introduzca un número entero, por ejemplo 25000.
form-password-hint = Al menos { $min } caracteres. Unas cuantas palabras sin relación entre sí forman una contraseña segura y fácil de recordar.
filter-any = Cualquiera
filter-apply = Aplicar filtros
list-count = { $count ->
    [one] { $count } resultado
   *[other] { $count } resultados
}
pager-label = Páginas
pager-previous = Página anterior
pager-next = Página siguiente
pager-position = Página { $page } de { $pages }

## Avisos tras un cambio
flash-signed-up = ¡Le damos la bienvenida a Convoca! Su organización ha quedado registrada.
flash-signed-out = Ha cerrado la sesión.
flash-profile-saved = Se ha guardado su perfil.
flash-password-changed = Se ha cambiado su contraseña y se han cerrado todas sus demás sesiones.
flash-password-changed-login = Se ha cambiado su contraseña. Inicie sesión con la nueva contraseña.
flash-token-revoked = Se ha revocado el token de API.
flash-organisation-saved = Se ha guardado el perfil de la organización.
flash-organisation-verified = La organización ha sido verificada.
flash-invitation-accepted = ¡Le damos la bienvenida! Ya forma parte de su organización en Convoca.
flash-roles-saved = Se han guardado los roles.
flash-user-created = Se ha creado el usuario.
flash-user-activated = Se ha activado el usuario.
flash-user-deactivated = Se ha desactivado el usuario y se han cerrado todas sus sesiones.

## Páginas de error
error-page-not-found-title = Página no encontrada
error-page-not-found = No hay nada en esta dirección. Si la escribió usted, compruébela; si siguió un enlace, puede que haya caducado o que ya se haya utilizado.
error-page-forbidden-title = No permitido
error-page-forbidden = Su cuenta no tiene permiso para ver esta página ni para realizar esta acción.
error-page-csrf-title = No se ha podido aceptar el formulario
error-page-csrf = El formulario se envió sin su código de seguridad, o el código ha caducado. No se ha modificado nada. Vuelva atrás, recargue la página e inténtelo de nuevo.
error-page-invalid-title = Algunos datos no son válidos
error-page-conflict-title = No se ha podido realizar
error-page-invalid-transition = Esto no es posible en el estado actual.
error-page-deadline-passed = El plazo ha vencido.
error-page-rate-limited-title = Demasiados intentos
error-rate-limited-seconds = Demasiados intentos fallidos. Vuelva a intentarlo dentro de { $seconds ->
    [one] { $seconds } segundo
   *[other] { $seconds } segundos
}.
error-rate-limited-minutes = Demasiados intentos fallidos. Vuelva a intentarlo dentro de { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}.
error-page-internal-title = Algo ha salido mal
error-page-internal = Lo sentimos, Convoca no ha podido completar esta solicitud. Vuelva a intentarlo dentro de un momento; si sigue ocurriendo, comunique a su administrador la referencia que aparece abajo.
error-page-reference = Referencia:
error-page-home-link = Ir a la página de inicio
error-page-method-title = No admitido
error-page-method = Esta página no se puede usar de esta manera.
error-page-bad-request-title = No se ha podido entender la solicitud
error-page-bad-request = Algo en la solicitud no era como se esperaba. Vuelva atrás e inténtelo de nuevo.

## Registro
signup-title = Registrarse
signup-heading = Registre su gobierno local
signup-intro = Registre su municipio, provincia o estado y cree su propia cuenta. Después, un gestor del programa verificará su organización antes de que pueda presentar postulaciones.
signup-organisation-legend = Su organización
signup-organisation-name = Nombre oficial
signup-organisation-kind = Tipo de gobierno local
signup-organisation-country = País
signup-organisation-country-hint = Código ISO de país de dos letras, por ejemplo TN para Túnez, DE para Alemania o AR para Argentina.
signup-organisation-subdivision = Subdivisión (opcional)
signup-organisation-subdivision-hint = Código ISO 3166-2 de su gobernación, región o provincia, por ejemplo TN-11.
signup-organisation-population = Población (opcional)
signup-organisation-population-hint = Número de habitantes, en cifras.
signup-organisation-official-code = Código oficial (opcional)
signup-organisation-official-code-hint = El código de su organización en el registro nacional, si lo tiene.
signup-person-legend = Su cuenta
signup-name = Su nombre completo
signup-email = Correo electrónico
signup-password = Contraseña
signup-submit = Registrarse
signup-have-account = ¿Ya tiene una cuenta?
signup-login-link = Inicie sesión

## Inicio de sesión
login-title = Iniciar sesión
login-heading = Iniciar sesión en Convoca
login-email = Correo electrónico
login-password = Contraseña
login-submit = Iniciar sesión
login-problem-title = No se ha podido iniciar la sesión
login-failed = El correo electrónico o la contraseña no son correctos.
login-no-account = ¿Todavía no tiene cuenta?
login-signup-link = Registre su gobierno local

## Mi cuenta
account-title = Mi cuenta
account-heading = Mi cuenta
account-email = Correo electrónico
account-roles = Roles
account-member-since = Miembro desde
account-profile-heading = Perfil
account-name = Nombre
account-profile-submit = Guardar el perfil
account-password-heading = Contraseña
account-password-intro = Al cambiar su contraseña se cierran sus sesiones en todos los demás dispositivos.
account-current-password = Contraseña actual
account-new-password = Nueva contraseña
account-password-submit = Cambiar la contraseña
account-tokens-heading = Tokens de API
account-tokens-intro = Los tokens de API permiten que scripts y otros sistemas usen la API de Convoca en su nombre. Revoque un token en cuanto deje de necesitarlo.
account-tokens-none = No tiene ningún token de API.
account-token-name = Nombre
account-token-name-hint = Para qué sirve el token, por ejemplo «Exportación del informe mensual».
account-token-prefix = Empieza por
account-token-created-at = Creado
account-token-last-used = Último uso
account-token-status = Estado
account-token-revoked-at = Revocado el { $date }
account-token-revoke = Revocar
account-token-revoke-named = Revocar el token «{ $name }»
account-token-new-heading = Crear un token
account-token-submit = Crear el token
account-token-created = Se ha creado el token «{ $name }»
account-token-copy-warning = Copie este token ahora: no se volverá a mostrar.
account-token-secret = Su nuevo token

## Invitaciones
invitation-title = Únase a su organización
invitation-heading = Únase a { $organisation } en Convoca
invitation-intro = Ha recibido una invitación para { $email }. Indique su nombre y una contraseña para crear su cuenta.
invitation-name = Su nombre completo
invitation-password = Contraseña
invitation-submit = Crear mi cuenta
invitation-status-pending = Pendiente
invitation-status-accepted = Aceptada
invitation-status-expired = Caducada

## Mi organización
organisation-eyebrow = Mi organización
organisation-unverified-notice = Ningún gestor del programa ha verificado todavía esta organización. Hasta entonces no puede presentar postulaciones.
organisation-name = Nombre
organisation-kind = Tipo
organisation-kind-hint = Si cambia el tipo o el país, la organización tendrá que verificarse de nuevo.
organisation-country = País
organisation-subdivision = Subdivisión
organisation-population = Población
organisation-official-code = Código oficial
organisation-status = Estado
organisation-verified-on = Verificada el { $date }
organisation-unverified = Sin verificar
organisation-edit-heading = Editar el perfil
organisation-edit-submit = Guardar el perfil
organisation-members-heading = Miembros
organisation-member-name = Nombre
organisation-member-email = Correo electrónico
organisation-member-roles = Roles
organisation-member-status = Estado
organisation-invitations-heading = Invitaciones
organisation-invitations-intro = Invite a sus colegas a preparar con usted las postulaciones de su organización. Cada enlace de invitación funciona una sola vez, durante { $days ->
    [one] { $days } día
   *[other] { $days } días
}.
organisation-invitations-none = Todavía no hay invitaciones.
organisation-invitation-email = Correo electrónico
organisation-invitation-sent = Enviada
organisation-invitation-expires = Caduca
organisation-invitation-status = Estado
organisation-invite-heading = Invitar a un colega
organisation-invite-email = Correo electrónico de su colega
organisation-invite-email-hint = Convoca todavía no envía correos: recibirá un enlace que deberá enviar usted mismo a su colega.
organisation-invite-submit = Crear una invitación
organisation-invitation-created = Se ha creado la invitación para { $email }
organisation-invitation-copy-warning = Envíe este enlace a su colega ahora: no se volverá a mostrar.
organisation-invitation-link = Enlace de invitación

## Gestores: organizaciones
manage-title = Organizaciones
manage-heading = Organizaciones
manage-filters-label = Filtrar organizaciones
manage-filter-search = El nombre contiene
manage-filter-verified = Verificación
manage-filter-kind = Tipo
manage-filter-country = Código de país
manage-verified = Verificadas
manage-unverified = Sin verificar
manage-verify = Verificar
manage-verify-named = Verificar { $organisation }

## Administradores: usuarios
admin-title = Usuarios
admin-heading = Usuarios
admin-filters-label = Filtrar usuarios
admin-filter-search = El nombre o el correo contiene
admin-filter-role = Rol
admin-filter-active = Estado
admin-user = Usuario
admin-roles = Roles
admin-status = Estado
admin-roles-of = Roles de { $name }
admin-save-roles = Guardar los roles
admin-save-roles-of = Guardar los roles de { $name }
admin-activate = Activar
admin-activate-named = Activar a { $name }
admin-deactivate = Desactivar
admin-deactivate-named = Desactivar a { $name }
admin-new-user-heading = Crear un usuario
admin-name = Nombre
admin-email = Correo electrónico
admin-password = Contraseña inicial
admin-organisation-id = Identificador de la organización (opcional)
admin-organisation-id-hint = El identificador de la organización en nombre de la cual actúa el usuario. Déjelo vacío para el personal del programa.
admin-create-user = Crear el usuario

## Money (domain messages)
error-currency-unknown = «{ $value }» no es un código de moneda ISO 4217.
error-money-invalid = «{ $value }» no es un importe; escríbalo como 12500.50.
error-money-negative = El importe no puede ser negativo.
error-money-precision = Como máximo { $digits } decimales en { $currency }.
error-money-too-large = Este importe es demasiado grande.

## Eligibility explanations (domain messages)
list-separator = {", "}
eligibility-range-between = de entre { $min } y { $max }
eligibility-range-at-least = de al menos { $min }
eligibility-range-at-most = de como máximo { $max }
eligibility-range-any = de cualquier tamaño
eligibility-kind-pass = { $kind } es uno de los tipos que admite esta convocatoria ({ $allowed }).
eligibility-kind-fail = Esta convocatoria solo admite { $allowed }; { $kind } no es uno de ellos.
eligibility-population-pass = La población de { $population } es { $range }, como exige la convocatoria.
eligibility-population-fail = La población de { $population } no es { $range }, como exige la convocatoria.
eligibility-population-unknown = La población no está registrada; la convocatoria exige que sea { $range }.
eligibility-location-pass = { $place } está entre los lugares que cubre esta convocatoria ({ $allowed }).
eligibility-location-fail = Esta convocatoria solo cubre { $allowed }; { $place } no está entre ellos.
eligibility-prerequisites-pass = Todos los pasos requeridos están registrados: { $required }.
eligibility-prerequisites-fail = Falta todavía: { $missing }.
eligibility-consortium-count = { $kind }: { $count } de al menos { $minimum }
eligibility-consortium-pass = El consorcio tiene los miembros requeridos ({ $counts }).
eligibility-consortium-fail = Al consorcio le faltan miembros: { $short }.
eligibility-amount-pass = El monto solicitado de { $amount } es { $range }, dentro de los límites de la convocatoria.
eligibility-amount-fail = El monto solicitado de { $amount } no es { $range }, fuera de los límites de la convocatoria.
eligibility-amount-missing = Todavía no se solicita ningún monto; debe ser { $range }.
eligibility-cofunding-pass = La cofinanciación es el { $share } % del presupuesto total; se exige al menos el { $minimum } %.
eligibility-cofunding-fail = La cofinanciación es solo el { $share } % del presupuesto total; se exige al menos el { $minimum } %.
eligibility-cofunding-no-budget = Todavía no hay presupuesto; la cofinanciación debe alcanzar el { $minimum } % del mismo.

## Programmes and calls (domain messages)
error-number-invalid = «{ $value }» no es un número.
error-weight-positive = El peso debe ser mayor que cero.
error-at-least = Debe ser al menos { $min }.
error-between = Debe estar entre { $min } y { $max }.
error-question-kind-unknown = Tipo de pregunta desconocido «{ $value }».
error-choices-too-few = Indique al menos dos opciones.
error-choices-duplicate = Cada opción puede aparecer una sola vez.
error-time-zone-unknown = «{ $value }» no es una zona horaria IANA (por ejemplo America/Argentina/Buenos_Aires).
error-call-code = Use de 2 a 12 letras o cifras, por ejemplo ARG.
error-closes-after-opens = El cierre debe ser posterior a la apertura.
error-max-award-below-min = El monto máximo no puede ser menor que el mínimo.
error-budget-below-max-award = El presupuesto total debe cubrir al menos el monto máximo.
error-agency-unknown = Elija una organización del tipo agencia nacional.
error-currency-locked = La moneda no puede cambiar una vez que el programa tiene convocatorias.
error-programme-unknown = Este programa no existe.
error-call-frozen = La convocatoria está en estado { $state }: { $part } ya no puede cambiar, para que cada postulante sea evaluado con las reglas que leyó.
error-deadline-in-past = El plazo ya venció.
error-call-needs-criteria = Una convocatoria necesita al menos un criterio antes de abrirse.
error-tie-break-unknown = El orden de desempate nombra un criterio que la convocatoria no tiene.
error-rule-invalid = Esta regla no se entiende ({ $reason }).
error-rule-empty = Esta regla todavía no dice nada; complétela o elimínela.
error-range-order = El límite inferior no puede superar al superior.
error-prerequisite-unknown = Este requisito previo no está definido por el programa.
error-prerequisite-recorded = Este requisito previo ya está registrado para esta organización.
error-prerequisite-name-unknown = El programa no tiene ningún requisito previo llamado «{ $value }».
error-date-in-future = La fecha no puede ser futura.
error-date-invalid = «{ $value }» no es una fecha; escríbala como AAAA-MM-DD.
error-organisation-not-found = Ninguna organización tiene el identificador o código oficial «{ $value }».
error-csv-unreadable = El archivo no se pudo leer como CSV.
error-csv-columns = El archivo necesita las columnas { $columns }.
error-csv-row-unreadable = Esta fila no se pudo leer.
error-csv-row-failed = Esta fila no se pudo registrar ({ $reason }).

# Convoca — catálogo en español. Debe tener todas las claves del catálogo inglés (una prueba lo comprueba).

## Mensajes del dominio (errores de campo y problemas)
error-required = Este campo es obligatorio.
error-too-long = Como máximo { $max } caracteres.
error-not-negative = No puede ser negativo.
error-email-invalid = Esta no es una dirección de correo electrónico válida.
error-email-taken = Ya existe una cuenta con esta dirección de correo electrónico.
error-password-short = La contraseña debe tener al menos { $min } caracteres.
error-password-weak = Esta contraseña es demasiado fácil de adivinar: es una contraseña común, un patrón simple o se parece a su nombre o a su dirección de correo. Unas cuantas palabras sin relación entre sí forman una contraseña segura y fácil de recordar.
error-password-wrong = La contraseña actual no es correcta.
error-role-unknown = Rol desconocido: «{ $value }».
error-kind-unknown = Tipo de organización desconocido: «{ $value }».
error-kind-not-local-government = Solo los gobiernos locales pueden registrarse; a las organizaciones socias las registra un gestor del programa.
error-country-unknown = «{ $value }» no es un código de país ISO 3166-1.
error-subdivision-unknown = «{ $value }» no es una subdivisión de { $country }.
error-parent-unknown = La organización superior no existe.
error-parent-self = Una organización no puede ser su propia organización superior.
error-organisation-unknown = Esta organización no existe.
error-organisation-registered = Ya hay una organización registrada con este nombre en este país. Si es la suya, pida una invitación a un colega que ya use Convoca o al programa.
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
flash-organisation-registered = Se ha registrado la organización. Figurará como sin verificar hasta que un gestor la verifique.
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
manage-new-heading = Registrar una organización
manage-new-intro = Los gobiernos locales se registran por sí mismos. Registre aquí las organizaciones que no lo hacen: agencias nacionales, socios de la sociedad civil, universidades y otras.
manage-new-subdivision-hint = Código ISO 3166-2 de la gobernación, región o provincia, por ejemplo TN-11.
manage-new-official-code-hint = El código de la organización en el registro nacional, si lo tiene.
manage-new-submit = Registrar la organización

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
admin-activate = Activar
admin-deactivate = Desactivar
admin-new-user-heading = Crear un usuario
admin-name = Nombre
admin-email = Correo electrónico
admin-password = Contraseña inicial
admin-organisation-id = Identificador de la organización (opcional)
admin-organisation-id-hint = El identificador de la organización en nombre de la cual actúa el usuario. Déjelo vacío para el personal del programa.
admin-create-user = Crear el usuario

## Money (domain messages)
error-currency-unknown = «{ $value }» no es un código de moneda ISO 4217.
error-money-invalid = «{ $value }» no es un monto; escríbalo como 12500.50.
error-money-negative = El monto no puede ser negativo.
error-money-precision = Como máximo { $digits } decimales en { $currency }.
error-money-too-large = Este monto es demasiado grande.

## Eligibility explanations (domain messages)
list-separator = {", "}
eligibility-range-between = de entre { $min } y { $max }
eligibility-range-at-least = de al menos { $min }
eligibility-range-at-most = de hasta { $max }
eligibility-range-any = de cualquier tamaño
eligibility-kind-pass = «{ $kind }» es uno de los tipos de organización que admite esta convocatoria ({ $allowed }).
eligibility-kind-fail = Esta convocatoria solo admite estos tipos de organización: { $allowed }; el tipo «{ $kind }» no es uno de ellos.
eligibility-population-pass = La población del postulante, de { $population } habitantes, es { $range }, como exige la convocatoria.
eligibility-population-fail = La convocatoria exige una población { $range }, y la del postulante es de { $population } habitantes.
eligibility-population-unknown = La población del postulante no está registrada; la convocatoria exige una población { $range }.
eligibility-location-pass = { $place } está entre los lugares que cubre esta convocatoria ({ $allowed }).
eligibility-location-fail = Esta convocatoria solo abarca { $allowed }; { $place } queda fuera.
eligibility-prerequisites-pass = Todos los pasos requeridos están registrados: { $required }.
eligibility-prerequisites-fail = Pasos requeridos que aún faltan: { $missing }.
eligibility-consortium-count = { $count } de tipo «{ $kind }» (mínimo { $minimum })
eligibility-consortium-pass = El consorcio tiene los miembros requeridos: { $counts }.
eligibility-consortium-fail = Al consorcio le faltan miembros: { $short }.
eligibility-amount-pass = El monto solicitado ({ $amount }) está dentro de los límites de la convocatoria, que exige un monto { $range }.
eligibility-amount-fail = El monto solicitado ({ $amount }) está fuera de los límites de la convocatoria, que exige un monto { $range }.
eligibility-amount-missing = Todavía no se solicitó ningún monto; la convocatoria exige un monto { $range }.
eligibility-cofunding-pass = El cofinanciamiento es el { $share } del presupuesto total; se exige al menos el { $minimum }.
eligibility-cofunding-fail = El cofinanciamiento es solo el { $share } del presupuesto total; se exige al menos el { $minimum }.
eligibility-cofunding-no-budget = Todavía no hay presupuesto; el cofinanciamiento deberá alcanzar al menos el { $minimum } del presupuesto total.

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
error-call-frozen = La convocatoria está en estado «{ $state }»: { $parts } ya no pueden cambiar, para que cada postulante sea evaluado con las reglas que leyó.
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
error-organisation-not-found = Ninguna organización tiene el identificador, código oficial o nombre «{ $value }».
error-csv-unreadable = El archivo no se pudo leer como CSV.
error-csv-columns = El archivo necesita las columnas { $columns }.
error-csv-row-unreadable = Esta fila no se pudo leer.
error-csv-row-failed = Esta fila no se pudo registrar; inténtelo de nuevo o regístrela a mano.

## Interfaz web: navegación a convocatorias y programas
nav-calls = Convocatorias
nav-programmes = Programas
nav-manage-calls = Gestionar convocatorias

## Formularios de convocatorias
form-error-datetime = Indique una fecha y una hora, por ejemplo 2027-01-31 23:59.
form-error-datetime-gap = Esta hora no existe en { $zone }: es el momento del cambio de hora. Elija otra hora.
form-error-on-line = Línea { $line }: { $message }
form-error-quota-line = Escriba un código de subdivisión y, después, el número mínimo y máximo de subvenciones, por ejemplo «TN-42 1 3».
form-error-tie-break = Escriba números de criterios separados por comas, por ejemplo «1, 3».

## Convocatorias: la lista pública
calls-title = Convocatorias
calls-heading = Convocatorias
calls-intro = Convocatorias publicadas por programas nacionales para gobiernos locales. Abra una convocatoria para saber quién puede postularse, cómo se puntúan las postulaciones y cuál es el plazo.
calls-filters-label = Filtrar convocatorias
calls-filter-programme = Programa
calls-filter-country = Código de país
calls-filter-status = Estado
calls-filter-upcoming = Próximamente abiertas
calls-filter-open = Abiertas a postulaciones
calls-filter-past = Cerradas
calls-filter-draft = Borradores
calls-none = Ninguna convocatoria cumple estos filtros.

## Convocatorias: la página de una convocatoria
call-title = Título
call-programme = Programa
call-status = Estado
call-deadline = Plazo
call-opens = Apertura
call-budget = Presupuesto total
call-awards = Subvención por proyecto
call-award-range = de { $min } a { $max }
call-slots = Máximo de proyectos financiados
call-min-total-score = Puntuación total mínima
call-score-out-of-100 = { $score } sobre 100
call-quotas = Subvenciones por región
call-quota = { $subdivision }: { $range }
call-reference-code = Código de referencia
call-status-upcoming = Se abre pronto
call-status-open = Abierta a postulaciones
call-time-left-days = { $days ->
    [one] Queda { $days } día
   *[other] Quedan { $days } días
}{ $hours ->
    [0] {""}
    [one] {" "}y { $hours } hora
   *[other] {" "}y { $hours } horas
}
call-time-left-hours = { $hours ->
    [one] Queda { $hours } hora
   *[other] Quedan { $hours } horas
}{ $minutes ->
    [0] {""}
    [one] {" "}y { $minutes } minuto
   *[other] {" "}y { $minutes } minutos
}
call-time-left-minutes = { $minutes ->
    [one] Queda { $minutes } minuto
   *[other] Quedan { $minutes } minutos
}
call-apply = Postularse a esta convocatoria
call-edit-link = Editar esta convocatoria
call-description-heading = Sobre esta convocatoria
call-rules-heading = Quién puede postularse
call-rules-none = Esta convocatoria no fija requisitos de elegibilidad.
call-criteria-heading = Criterios de selección
call-criteria-intro = El comité puntúa cada postulación elegible en cada criterio. Las ponderaciones indican cuánto cuenta cada criterio en la puntuación total, sobre 100.
call-criteria-none = Todavía no hay criterios.
call-criterion-position = N.º
call-criterion-title = Criterio
call-criterion-weight = Ponderación
call-criterion-share = { $share } del total
call-criterion-max-score = Puntuación máxima
call-criterion-min-score = Mínimo para calificar
call-criterion-no-minimum = Ninguno
call-criterion-guidance = Qué valoran los evaluadores
call-questions-heading = Preguntas del formulario de postulación
call-questions-none = El formulario de postulación no incluye preguntas adicionales.
call-question-required = Obligatoria
call-indicators-heading = Indicadores
call-indicators-intro = Los proyectos financiados informan de su avance con estos indicadores.
call-indicator = { $name } ({ $unit })
state-draft = Borrador
state-open = Abierta
state-closed = Cerrada
state-reviewing = En evaluación
state-decided = Resuelta
state-archived = Archivada
question-kind-short-text = Texto corto
question-kind-long-text = Texto largo
question-kind-number = Número
question-kind-single-choice = Una opción
question-kind-multiple-choice = Varias opciones
question-kind-yes-no = Sí o no
question-kind-document = Un documento adjunto
question-limit-length = Como máximo { $max ->
    [one] { $max } carácter
   *[other] { $max } caracteres
}
question-limit-number = Un número { $range }
rule-applicant-kinds = Pueden postularse estos tipos de organización: { $kinds }.
rule-population = La población del postulante debe ser { $range }.
rule-location = Los postulantes deben estar ubicados en { $places }.
rule-prerequisites = Los postulantes deben tener registrado lo siguiente: { $required }.
rule-consortium = La postulación debe presentarla un consorcio con la siguiente composición: { $minimums }.
rule-consortium-minimum = { $kind } (al menos { $minimum })
rule-requested-amount = El monto solicitado debe ser { $range }.
rule-cofunding = El cofinanciamiento debe ser de al menos el { $share } del presupuesto total del proyecto.

## Gestores: convocatorias
manage-calls-title = Gestionar convocatorias
manage-calls-heading = Gestionar convocatorias
manage-calls-new-heading = Nueva convocatoria
manage-calls-new-intro = Una convocatoria nueva empieza como borrador que solo ven los gestores. Añada sus criterios, requisitos y preguntas en el editor y después ábrala.
manage-calls-no-programme = Cree primero un programa: toda convocatoria pertenece a uno.
manage-calls-create = Crear el borrador
editor-programme = Programa
editor-code = Código de referencia
editor-code-hint = De 2 a 12 letras o cifras, usado en los números de postulación: TUN da TUN-2027-0007.
editor-title = Título
editor-description = Descripción
editor-description-hint = Texto sin formato; deje una línea en blanco entre párrafos.
editor-time-zone = Zona horaria
editor-time-zone-hint = El nombre IANA de la zona horaria de la región, por ejemplo Africa/Tunis, Europe/Berlin o America/Argentina/Buenos_Aires.
editor-opens-at = Apertura
editor-closes-at = Plazo
editor-dates-hint = Fecha y hora en la zona horaria de la convocatoria ({ $zone }).
editor-dates-hint-new = Fecha y hora en la zona horaria indicada arriba.
editor-total-budget = Presupuesto total
editor-money-hint = En la moneda del programa, por ejemplo 500000 o 12500.50.
editor-min-award = Subvención mínima
editor-max-award = Subvención máxima
editor-max-awards = Máximo de proyectos financiados
editor-max-awards-hint = El número de subvenciones (plazas).
editor-min-reviews = Evaluaciones por postulación
editor-min-reviews-hint = Cuántas evaluaciones necesita una postulación antes de poder clasificarse.
editor-min-total-score = Puntuación total mínima (opcional)
editor-min-total-score-hint = De 0 a 100. Las postulaciones que no alcancen ese puntaje no se financian.
editor-tie-break = Orden de desempate (opcional)
editor-tie-break-hint = Números de los criterios que deshacen los empates, en orden, por ejemplo «1, 3».
editor-quotas = Subvenciones por región (opcional)
editor-quotas-hint = Una región por línea: su código ISO 3166-2, el número mínimo y máximo de subvenciones, por ejemplo «TN-42 1 3». Escriba «-» para no poner límite.
editor-reporting-cadence = Meses entre informes de avance (opcional)
editor-reporting-cadence-hint = Déjelo vacío para usar el valor por defecto del programa.
editor-public-page = Ver la página pública
editor-frozen-notice = Esta convocatoria está abierta: sus criterios, ponderaciones, preguntas y requisitos de elegibilidad están congelados, para que cada postulante sea juzgado por las reglas que leyó.
call-part-criteria = los criterios
call-part-questions = las preguntas
call-part-eligibility-rules = los requisitos de elegibilidad
call-part-code = el código de referencia
call-part-opens-at = la fecha de apertura
call-part-total-budget = el presupuesto total
call-part-min-award = la subvención mínima
call-part-max-award = la subvención máxima
call-part-max-awards = el número de subvenciones
call-part-min-reviews = las evaluaciones por postulación
call-part-min-total-score = la puntuación total mínima
call-part-tie-break = el orden de desempate
call-part-quotas = las subvenciones por región
editor-sections-label = Partes de la convocatoria
editor-details-heading = Datos generales
editor-details-frozen = Una vez abierta la convocatoria, solo pueden cambiar el título, la descripción, el plazo, la zona horaria y la periodicidad de los informes; los demás campos son de solo lectura.
editor-details-save = Guardar los datos
editor-section-frozen = Congelado desde la apertura de la convocatoria.
editor-criteria-intro = Cada criterio se puntúa de 0 a su puntuación máxima; su ponderación indica cuánto cuenta. Rellene una fila vacía para añadir un criterio; marque «Quitar» para eliminarlo.
editor-criteria-save = Guardar los criterios
editor-criterion-cell = Criterio { $number }: { $column }
editor-remove = Quitar
editor-rules-heading = Requisitos de elegibilidad
editor-rules-intro = Rellene solo los requisitos que necesita esta convocatoria; una parte vacía no fija ningún requisito. Los postulantes ven cada requisito en palabras sencillas y si lo cumplen.
editor-rules-hidden = Esta convocatoria tiene más requisitos de un mismo tipo de los que este formulario puede mostrar. Al guardar el formulario se sustituyen por lo que se muestra aquí.
editor-rules-save = Guardar los requisitos
editor-rule-kinds = Los postulantes deben ser
editor-rule-population-min = Población mínima
editor-rule-population-max = Población máxima
editor-rule-countries = Países
editor-rule-countries-hint = Códigos ISO de país separados por comas, por ejemplo TN, AR.
editor-rule-subdivisions = Regiones
editor-rule-subdivisions-hint = Códigos ISO 3166-2 separados por comas, por ejemplo TN-11, AR-B.
editor-rule-prerequisites = Requisitos previos exigidos
editor-rule-no-prerequisites = El programa todavía no define requisitos previos. Defínalos en la página del programa:
editor-rule-consortium = Consorcio
editor-rule-consortium-hint = El número mínimo de miembros de cada tipo, incluido el postulante principal. Déjelo vacío si no hay mínimo.
editor-rule-consortium-kind = { $kind }: al menos
editor-rule-amount = El monto solicitado debe estar dentro de los límites de subvención
editor-rule-amount-hint = Actualmente { $range }. Guarde de nuevo los requisitos después de cambiar los límites.
editor-rule-cofunding = Cofinanciación mínima (%)
editor-rule-cofunding-hint = La parte del presupuesto total del proyecto que debe financiar el postulante, de 0 a 100.
editor-questions-heading = Preguntas del formulario de postulación
editor-questions-intro = Preguntas que responde cada postulante además de las habituales. Rellene un bloque vacío para añadir una pregunta.
editor-questions-save = Guardar las preguntas
editor-question-legend = Pregunta { $number }
editor-question-cell = Pregunta { $number }: { $column }
editor-question-prompt = Pregunta
editor-question-help = Ayuda
editor-question-kind = Tipo de respuesta
editor-question-max-length = Respuesta más larga
editor-question-max-length-hint = Para respuestas de texto: el número máximo de caracteres.
editor-question-min-number = Número mínimo
editor-question-max-number = Número máximo
editor-question-choices = Opciones
editor-question-choices-hint = Para preguntas de opción: una opción por línea.
editor-indicators-intro = Los proyectos financiados informarán sobre estos indicadores; pueden cambiar hasta que se resuelva la convocatoria.
editor-indicators-save = Guardar los indicadores
editor-indicator-cell = Indicador { $number }: { $column }
editor-indicator-name = Indicador
editor-indicator-unit = Unidad
editor-lifecycle-heading = Estado
editor-lifecycle-state = La convocatoria está: { $state }.
editor-lifecycle-none = No queda nada más que hacer aquí con esta convocatoria.
editor-action-open = Abrir la convocatoria
editor-action-close = Cerrar la convocatoria
editor-action-start-review = Iniciar la evaluación
editor-confirm-open-heading = ¿Abrir «{ $title }» a postulaciones?
editor-confirm-close-heading = ¿Cerrar «{ $title }»?
editor-confirm-start-review-heading = ¿Iniciar la evaluación de «{ $title }»?
editor-confirm-open-frozen = Una vez abierta, los criterios, las ponderaciones, las preguntas y los requisitos de elegibilidad quedan congelados: ya no pueden cambiar, para que cada postulante sea juzgado por las reglas que leyó.
editor-confirm-open-public = La convocatoria pasa a ser pública. Se aceptan postulaciones desde el { $opens } hasta el { $deadline }.
editor-confirm-open-details = El presupuesto, los límites de subvención, las plazas, los umbrales, el orden de desempate y las cuotas regionales también quedan congelados; el título, la descripción, el plazo y la zona horaria aún pueden cambiar.
editor-confirm-close-early = No se aceptarán más postulaciones, aunque el plazo ({ $deadline }) quizá no haya vencido todavía.
editor-confirm-start-review-committee = El comité de selección empieza a puntuar las postulaciones.
editor-confirm-final = Esta acción no se puede deshacer.
editor-confirm-cancel = Cancelar
editor-confirm-back = Volver a la convocatoria
editor-clone-heading = Siguiente ciclo
editor-clone-intro = Empiece la siguiente edición de esta convocatoria: un borrador nuevo con los mismos datos, criterios, preguntas, requisitos e indicadores, y las fechas siguientes.
editor-clone-submit = Crear el siguiente ciclo

## Gestores: programas
programmes-title = Programas
programmes-heading = Programas
programmes-intro = Programas nacionales y sus convocatorias. Cada programa pertenece a una agencia nacional y tiene una moneda para todos sus montos.
programmes-none = Todavía no hay programas.
programmes-new-heading = Nuevo programa
programmes-no-agency = Todavía no hay ninguna agencia nacional registrada. Un programa debe pertenecer a una organización de tipo agencia nacional, así que registre primero la agencia.
programmes-no-agency-link = Registrar una agencia nacional
programmes-create = Crear el programa
programme-name = Nombre
programme-description = Descripción
programme-agency = Agencia nacional
programme-currency = Moneda
programme-currency-hint = Código ISO 4217, por ejemplo TND, EUR o ARS.
programme-currency-locked-hint = Código ISO 4217. No puede cambiar cuando el programa ya tiene convocatorias.
programme-cadence = Periodicidad de los informes
programme-cadence-hint = Meses entre informes de avance de los proyectos financiados, de 1 a 24; cada convocatoria puede fijar la suya.
programme-cadence-months = { $months ->
    [one] Cada mes
   *[other] Cada { $months } meses
}
programme-edit-heading = Editar el programa
programme-save = Guardar el programa
programme-calls-link = Convocatorias de este programa
prerequisites-heading = Requisitos previos
prerequisites-intro = Hechos sobre una organización que las convocatorias pueden exigir, como una formación completada o una declaración adoptada. Regístrelos uno a uno o importe muchos a la vez.
prerequisites-none = Todavía no hay requisitos previos definidos.
prerequisite-kind-name = Requisito previo
prerequisite-kind-name-hint = Por ejemplo «Completó la formación en gobierno abierto».
prerequisite-kind-description = Qué cuenta como cumplido
prerequisite-kind-new-heading = Definir un requisito previo
prerequisite-kind-create = Definir el requisito previo
prerequisite-record-heading = Registrar un requisito previo
prerequisite-record-organisation = Organización
prerequisite-record-organisation-ref = O el identificador de la organización
prerequisite-record-organisation-ref-hint = Si la organización no está en la lista, pegue aquí su identificador.
prerequisite-record-kind = Requisito previo
prerequisite-record-date = Fecha de cumplimiento
prerequisite-record-date-hint = Por ejemplo 2026-03-01.
prerequisite-record-evidence = Justificante
prerequisite-record-evidence-hint = Por ejemplo un número de certificado o un acuerdo del pleno.
prerequisite-record-submit = Registrar
prerequisite-import-heading = Importar desde CSV
prerequisite-import-intro = Pegue un texto CSV cuya primera línea nombre las columnas:
prerequisite-import-columns = La organización es su identificador, su código oficial o su nombre exacto si ninguna otra organización lo lleva; el requisito previo, su nombre tal como se definió arriba; las fechas se escriben AAAA-MM-DD.
prerequisite-import-csv = Texto CSV
prerequisite-import-csv-hint = Las filas correctas se registran y las demás se rechazan; recibirá un informe de cada fila.
prerequisite-import-submit = Importar
prerequisite-import-report-heading = Informe de la importación
prerequisite-import-recorded = { $count ->
    [one] { $count } fila registrada.
   *[other] { $count } filas registradas.
}
prerequisite-import-refused = { $count ->
    [one] { $count } fila rechazada.
   *[other] { $count } filas rechazadas.
}
prerequisite-import-line = Línea
prerequisite-import-outcome = Resultado
prerequisite-import-reason = Motivo
prerequisite-import-row-recorded = Registrada
prerequisite-import-row-refused = Rechazada

## Avisos sobre programas y convocatorias
flash-programme-created = Se ha creado el programa.
flash-programme-saved = Se ha guardado el programa.
flash-prerequisite-kind-created = Se ha definido el requisito previo.
flash-prerequisite-recorded = Se ha registrado el requisito previo.
flash-call-created = Se ha creado el borrador de la convocatoria. Añada sus criterios, requisitos y preguntas y después ábrala.
flash-call-details-saved = Se han guardado los datos.
flash-call-criteria-saved = Se han guardado los criterios.
flash-call-eligibility-saved = Se han guardado los requisitos de elegibilidad.
flash-call-questions-saved = Se han guardado las preguntas.
flash-call-indicators-saved = Se han guardado los indicadores.
flash-call-opened = La convocatoria está abierta.
flash-call-closed = La convocatoria está cerrada.
flash-call-review-started = Ha empezado la evaluación.
flash-call-cloned = Se ha creado el siguiente ciclo como borrador.

## Applications: validation and checklist (domain messages)
error-at-most = Debe ser como máximo { $max }.
error-too-many = Como máximo { $max } elementos.
error-money-zero = El monto debe ser mayor que cero.
error-question-unknown = Esta pregunta no forma parte de la convocatoria.
error-choice-unknown = «{ $value }» no es una de las opciones.
error-yes-no = Responda sí o no.
error-answer-is-document = Esta pregunta se responde adjuntando un documento.
error-question-not-document = Esta pregunta no pide un documento.
error-incomplete = Falta: { $item }
error-attachment-empty = El archivo está vacío.
error-attachment-unreadable = No se pudo leer el archivo subido ({ $reason }).
error-attachment-too-large = El archivo supera { $max }.
error-attachment-type = Este tipo de archivo no se acepta (se encontró { $detected }). Se aceptan: { $accepted }.
error-attachment-disguised = «{ $name }» lleva el nombre de otro tipo de archivo pero contiene { $detected }.
error-attachment-limit = Como máximo { $max } adjuntos por postulación.
error-call-not-open = Esta convocatoria no recibe postulaciones.
error-application-exists = Su organización ya inició una postulación a esta convocatoria.
error-application-locked = La postulación ya no puede modificarse (estado: { $state }).
error-partner-is-lead = La organización líder no puede ser también su propia socia.
error-partner-duplicate = Esta organización ya es socia.
error-partner-registered = Ya hay una organización registrada con este nombre en este país: búsquela por su nombre y agréguela.
error-partner-kind = Una agencia nacional no puede ser socia.
error-organisation-unverified = El programa aún no verificó su organización; debe hacerlo antes de que pueda presentar.
error-screening-reason = Indique por qué la postulación no es elegible; el postulante lo verá.
error-call-decided = La convocatoria ya fue resuelta; la admisibilidad ya no puede cambiar.
checklist-title = Un título del proyecto
checklist-summary = Un resumen
checklist-problem = El problema que aborda el piloto
checklist-objectives = Los objetivos
checklist-participation-plan = El plan de participación ciudadana
checklist-budget = Al menos una línea de presupuesto
checklist-answer = Una respuesta a «{ $question }»
checklist-document = Un documento para «{ $question }»

## Web UI: applications
nav-applications = Mis postulaciones
form-saved-meanwhile = Guardado mientras tanto:
flash-application-started = Su postulación ha sido creada. Complétela y guárdela tantas veces como quiera; envíela antes del cierre.
flash-application-saved = El borrador ha sido guardado.
flash-application-submitted = Su postulación ha sido enviada. Este es su comprobante.
flash-application-withdrawn = La postulación ha sido retirada.
flash-application-screened = La decisión de admisibilidad ha sido guardada.
flash-partner-added = El socio ha sido agregado.
flash-partner-registered = El socio ha sido registrado y agregado.
flash-partner-removed = El socio ha sido quitado.
flash-attachment-added = El archivo ha sido adjuntado.
flash-attachment-removed = El archivo ha sido quitado.
apply-title = Postularse a «{ $call }»
apply-intro = Al iniciar una postulación se crea un borrador para su organización. Sus colegas pueden trabajar en él con usted; nada se envía al programa hasta que usted lo envíe.
apply-start = Iniciar una postulación
apply-back = Volver a la convocatoria
applications-title = Mis postulaciones
applications-none = Su organización todavía no ha iniciado ninguna postulación.
applications-find-calls = Buscar una convocatoria abierta
applications-next-step = Próximo paso
application-state-draft = Borrador
application-state-submitted = Enviada
application-state-eligible = Admisible
application-state-ineligible = No admisible
application-state-selected = Seleccionada
application-state-waitlisted = En lista de espera
application-state-not-selected = No seleccionada
application-state-withdrawn = Retirada
next-step-complete-and-submit = Complete la postulación y envíela antes del cierre.
next-step-deadline-missed = El plazo venció antes de que se enviara la postulación.
next-step-await-screening = Espere mientras el programa verifica la admisibilidad de la postulación.
next-step-await-results = Admisible: espere los puntajes del comité y los resultados.
next-step-read-screening = Lea por qué la postulación no fue admitida.
next-step-nothing = Nada que hacer.
application-project = Proyecto
application-call = Convocatoria
application-state = Estado
application-reference = Referencia
application-requested = Monto solicitado
application-no-reference = Todavía no enviada
application-untitled = Postulación sin título
application-lead = Organización líder
application-subdivision = Subdivisión
application-submitted-at = Enviada el
application-receipt-link = Ver el comprobante del envío
application-sections-label = Partes de la postulación
application-unverified = { $organisation } todavía no ha sido verificada por un responsable del programa. Puede preparar la postulación, pero solo podrá enviarla cuando la organización esté verificada.
application-deadline-missed = El plazo venció antes de que se enviara esta postulación. Ya no puede modificarse ni enviarse.
application-stale-notice = Otra persona guardó esta postulación mientras usted la editaba. No se perdió nada de lo que escribió: su versión está abajo y, donde la versión guardada es distinta, se muestra bajo el campo. Revise esos campos y guarde de nuevo para conservar su versión.
application-content-heading = Postulación
application-content-intro = Guarde el borrador tantas veces como quiera. Solo cuenta lo guardado, y la postulación se envía al programa únicamente cuando usted la envía.
application-project-legend = El proyecto
application-title = Título del proyecto
application-summary = Resumen
application-summary-hint = Unas pocas frases que digan qué hará el piloto.
application-problem = El problema que aborda el piloto
application-objectives = Objetivos
application-participation-plan = Plan de participación ciudadana
application-participation-plan-hint = Quién participa, cómo, y cómo sus aportes cambian las decisiones.
application-questions-legend = Preguntas de la convocatoria
application-optional = { $label } (opcional)
application-answer-yes = Sí
application-answer-no = No
application-not-answered = Sin respuesta
application-documents-elsewhere = Las preguntas que se responden con un documento están en la sección de archivos adjuntos.
application-budget = Presupuesto
application-budget-hint = Una línea por concepto, montos en { $currency }. Las filas vacías se ignoran; el monto solicitado es la suma de las líneas.
application-budget-category = Categoría
application-budget-description = Descripción
application-budget-amount = Monto
application-budget-cell = Línea de presupuesto { $number }: { $column }
application-budget-line-saved = { $category } ({ $description }): { $amount }
application-budget-none = Sin líneas de presupuesto.
application-co-funding = Cofinanciamiento
application-co-funding-hint = Lo que aporta su propia organización, en la moneda de la convocatoria. Déjelo vacío si no aporta nada.
application-saved-empty = (vacío)
application-save = Guardar el borrador
application-partners-heading = Socios
application-partners-none = Todavía no hay socios.
application-partner-organisation = Organización
application-partner-role = Rol en el proyecto
application-partner-role-hint = Por ejemplo: organiza las asambleas ciudadanas.
application-partner-role-of = Rol de { $name } en el proyecto
application-partner-add-heading = Agregar un socio
application-partner-search = Nombre de la organización
application-partner-search-hint = Escriba al menos dos letras del nombre.
application-partner-search-submit = Buscar
application-partner-search-none = Ninguna organización tiene ese nombre. Regístrela abajo si no tiene cuenta.
application-partner-candidates = Organizaciones encontradas
application-partner-add = Agregar como socio
application-partner-register-heading = Registrar un socio sin cuenta
application-partner-register-intro = Los socios de la sociedad civil a menudo no tienen cuenta en Convoca. Regístrelos aquí; un responsable del programa los verificará más tarde.
application-partner-register = Registrar y agregar como socio
application-attachments-heading = Archivos adjuntos
application-attachments-none = No hay archivos adjuntos.
application-documents-heading = Documentos que pide la convocatoria
application-document-attached = Adjuntado
application-document-missing = Falta
application-document-optional = (opcional)
application-attachment-name = Archivo
application-attachment-size = Tamaño
application-attachment-type = Tipo
application-attachment-answers = Responde a
application-attachment-upload-heading = Adjuntar un archivo
application-attachment-file = Archivo
application-attachment-hint = Como máximo 10 MiB. Se aceptan: { $types }.
application-attachment-question = Responde a la pregunta
application-attachment-question-hint = Elija la pregunta documental que responde este archivo, si corresponde.
application-attachment-upload = Adjuntar el archivo
application-attachment-none = Elija un archivo para adjuntar.
application-eligibility-heading = Admisibilidad y completitud
application-eligibility-intro = Se verifica de nuevo cada vez que la postulación cambia. Una postulación solo puede enviarse cuando cumple todas las reglas y no falta nada.
application-eligibility-none = Esta convocatoria no tiene reglas de admisibilidad.
application-check-pass = Cumple
application-check-fail = No cumple
application-check-done = Listo
application-check-missing = Falta
application-checklist-heading = Lo que necesita la postulación
application-submit-heading = Enviar
application-submit-intro = Una vez enviada, la postulación queda bloqueada y llega al programa con un número de referencia. El cierre es el { $deadline }.
application-submit = Enviar la postulación
application-withdraw-heading = Retirar
application-withdraw-confirm = Retirar la postulación la saca de la convocatoria definitivamente; no podrá enviarse de nuevo. Puede retirarla hasta el cierre ({ $deadline }).
application-withdraw = Retirar la postulación
application-screening-heading = Admisibilidad
application-screening-outcome-is = El programa consideró la postulación: { $state }.
application-screening-intro = Decida si la postulación cumple las reglas de admisibilidad de la convocatoria. El postulante verá el resultado y el motivo.
application-screening-outcome = Resultado
application-screening-eligible = Admisible
application-screening-ineligible = No admisible
application-screening-reason = Motivo
application-screening-reason-hint = Obligatorio si no es admisible. El postulante lo leerá.
application-screening-save = Guardar la decisión de admisibilidad
attachment-size-bytes = { $size } B
attachment-size-kib = { $size } KiB
attachment-size-mib = { $size } MiB
receipt-title = Comprobante { $reference }
receipt-back = Volver a la postulación
receipt-heading = Comprobante de envío
receipt-intro = El programa ha recibido esta postulación. Cite la referencia en toda comunicación.
receipt-partner = { $name } ({ $role })
receipt-fingerprint = Huella SHA-256
receipt-print-hint = Imprima esta página o guárdela como PDF para conservarla.
manage-applications-title = Postulaciones a «{ $call }»
manage-applications-filters = Filtrar las postulaciones
manage-applications-search = Referencia, título u organización
manage-applications-csv = Descargar en CSV
manage-applications-link = Postulaciones

## Committees (domain messages)
error-sector-unknown = Sector desconocido «{ $value }».
error-member-role-unknown = Rol de comité desconocido «{ $value }».
error-shares-over-100 = Las proporciones mínimas suman más del 100 %.
error-member-not-reviewer = Solo usuarios activos con el rol de evaluador pueden integrar un comité.
error-member-duplicate = Esta persona ya integra el comité.
error-rule-type-unknown = Tipo de regla desconocido «{ $value }».
committee-no-voting-members = El comité no tiene miembros con voto.
committee-one-chair = Un comité tiene una sola presidencia.
committee-parity-fail = La paridad exige tantos miembros con voto de la sociedad civil como del gobierno (al menos uno de cada uno); hay { $civil_society } de la sociedad civil y { $government } del gobierno.
committee-share-fail = { $sector }: { $count } de { $total } miembros con voto, por debajo del mínimo de { $min_percent }.
sector-government = Gobierno
sector-civil-society = Sociedad civil
sector-academia = Academia
sector-private = Sector privado
sector-local-government-association = Asociación de gobiernos locales
sector-international = Organización internacional

## Conflicts, assignments and reviews (domain messages)
error-conflict-kind-unknown = Tipo de conflicto desconocido «{ $value }»; elija institucional, personal, financiero u otro.
error-conflict-note-required = Indique cuál es el interés.
error-conflict-exists = Ya hay un conflicto registrado para usted en esta postulación.
error-conflict-scoring-closed = La puntuación de esta convocatoria está cerrada: un conflicto declarado ahora cambiaría las puntuaciones. Avise a la gestión del programa, que puede modificar la decisión con una justificación escrita.
error-conflict-own = No puede decidir sobre su propio conflicto; decide un gestor o la presidencia.
error-conflict-decision-unknown = Decisión desconocida «{ $value }»; confirmar o dispensar.
error-conflict-reason-required = Indique el motivo de la decisión; queda registrado en el historial de auditoría.
error-conflict-automatic = Este conflicto se debe a que la organización del miembro participa en la postulación; no puede dispensarse.
error-assignment-call-state = Las asignaciones se hacen después del cierre de la convocatoria y antes de la decisión.
error-assignment-application-unknown = Esta postulación no pertenece a la convocatoria.
error-assignment-not-eligible = Solo se evalúan las postulaciones declaradas admisibles.
error-assignment-not-member = Esta persona no forma parte del comité de la convocatoria.
error-assignment-observer = Los observadores no puntúan, así que no se les asignan postulaciones.
error-assignment-conflicted = Este miembro tiene un conflicto de interés en la postulación.
error-assignment-duplicate = Este miembro ya está asignado a la postulación.
error-assignment-reviewed = Este miembro ya envió su evaluación; la asignación se mantiene.
error-review-observer = Los observadores no puntúan postulaciones.
error-review-not-assigned = No tiene asignada la evaluación de esta postulación.
error-review-final = La convocatoria está decidida; las evaluaciones son definitivas.
error-review-not-started = La evaluación de esta convocatoria aún no ha comenzado.
error-review-blind = Las demás evaluaciones permanecen ocultas hasta que envíe la suya.
error-recommendation-unknown = Recomendación desconocida «{ $value }»; elija financiar, financiar con cambios o no financiar.
error-recommendation-required = Elija una recomendación.
error-score-criterion-unknown = Este criterio no es de la convocatoria.
error-score-criterion-duplicate = «{ $criterion }» está puntuado dos veces.
error-score-range = La puntuación de «{ $criterion }» debe ser un número entero de 0 a { $max }.
error-score-missing = Puntúe «{ $criterion }».
assignment-too-few-reviewers = { $reference }: necesita { $needed } evaluadores pero solo { $available } miembros del comité sin conflicto pueden evaluarla.
assignment-no-sector = { $reference }: todos los miembros { $sector ->
    [government] del gobierno
    [civil_society] de la sociedad civil
   *[other] de { $sector }
} tienen un conflicto en ella, así que no tiene evaluador de ese sector.
recommendation-fund = Financiar
recommendation-fund-with-changes = Financiar con cambios
recommendation-do-not-fund = No financiar

## Reviewers' pages: My reviews, the score sheet, conflicts, the committee on the call page
reviews-page-nav = Evaluaciones
reviews-page-title = Mis evaluaciones
reviews-page-intro = Las postulaciones que le asignaron evaluar. Guarde su planilla de puntuación como borrador tantas veces como quiera y envíela antes del plazo de evaluación.
reviews-page-none = No tiene postulaciones para evaluar.
reviews-page-state = Evaluación
reviews-page-progress-heading = Avance
reviews-page-deadline = Plazo de evaluación
reviews-page-no-deadline = Sin plazo fijado
reviews-page-state-not-started = Sin empezar
reviews-page-state-draft = Borrador
reviews-page-state-submitted = Enviada
reviews-page-progress = { $scored } de { $total } criterios puntuados
flash-reviews-page-conflict-declared = Se registró su conflicto de interés. Ya no evalúa esa postulación.
flash-review-page-saved = Se guardó el borrador de su evaluación.
flash-review-page-submitted = Se envió su evaluación.
flash-review-page-revised = Se guardó su evaluación revisada y se registró la revisión.
review-page-sections-label = Partes de la página
review-page-application-heading = La postulación tal como se envió
review-page-partners-none = Sin socios.
review-page-sheet-heading = Planilla de puntuación
review-page-sheet-intro = Puntúe cada criterio de 0 a su puntaje máximo y explique su puntuación. Un borrador puede estar incompleto; para enviarla, puntúe todos los criterios y elija una recomendación.
review-page-revision-intro = Su evaluación está enviada. Puede revisarla mientras el comité esté evaluando.
review-page-revision-note = Las revisiones quedan registradas en el registro de auditoría con lo que cambió.
review-page-criterion-legend = { $position }. { $title }
review-page-scale = Peso { $weight } ({ $share } del total). Puntaje de 0 a { $max }.
review-page-score = Puntaje
review-page-comment = Comentario
review-page-score-of = { $criterion }: puntaje
review-page-comment-of = { $criterion }: comentario
review-page-score-out-of = { $score } de { $max }
review-page-overall-legend = Valoración general
review-page-overall-comment = Comentario general
review-page-recommendation = Recomendación
review-page-not-given = Sin indicar
review-page-save-draft = Guardar borrador
review-page-submit = Enviar evaluación
review-page-save-revision = Guardar revisión
review-page-saved-empty = (vacío)
review-page-stale = Su evaluación se guardó mientras tanto, quizá en otra pestaña. No se pierde nada de lo que escribió: su versión está abajo y, donde la versión guardada difiere, se muestra bajo el campo. Revise esos campos y guarde de nuevo para conservar su versión.
review-page-others-heading = Evaluaciones de los demás miembros
review-page-others-blind = Las evaluaciones de los demás miembros aparecen aquí cuando envíe la suya.
review-page-others-none = Ningún otro miembro ha enviado todavía una evaluación.
review-page-others-caption = Puntajes de { $reviewer }
review-page-submitted-at = Enviada el { $at }
review-page-conflict-heading = Declarar un conflicto de interés
review-page-conflict-intro = Si usted, su familia o su organización tienen un interés en esta postulación, declárelo. Ya no verá ni puntuará la postulación; la presidencia o un gestor revisa la declaración.
review-page-conflict-kind = Tipo de interés
review-page-conflict-note = En qué consiste el interés
review-page-conflict-note-hint = Por ejemplo: mi hermana trabaja en el municipio.
review-page-conflict-declare = Declarar el conflicto
call-committee-heading = Comité de selección
call-committee-intro = Los miembros que puntúan las postulaciones a esta convocatoria.
call-committee-name = Nombre
call-committee-sector = Sector
call-committee-role = Función
call-lottery-heading = Sorteo
call-lottery-intro = Los empates exactos que quedan tras los criterios de desempate se resuelven por sorteo. Su semilla se generó al comenzar la evaluación y permanece secreta hasta que se cierre la puntuación; abajo figura su compromiso SHA-256. Los resultados publican la semilla, y cualquiera puede comprobar que coincide.

## Managers' committee page and the reviewing page (managers and the committee's chair)
committee-page-link = Comité
committee-page-title = Comité de selección: { $call }
committee-page-composition-heading = Composición
committee-page-composition-fine = La composición del comité cumple su regla: la evaluación puede comenzar.
committee-page-problems-intro = Lo que falta antes de que pueda comenzar la evaluación:
committee-page-members-heading = Miembros
committee-page-no-members = Todavía nadie integra el comité.
committee-page-name = Nombre
committee-page-sector = Sector
committee-page-role = Rol
committee-page-actions = Acciones
committee-role-chair = Presidencia
committee-role-member = Miembro
committee-role-observer = Observador (no puntúa)
committee-page-remove = Quitar
committee-page-add-heading = Añadir un miembro
committee-page-reviewer = Evaluador
committee-page-no-reviewers = Todos los evaluadores activos ya integran el comité, o nadie tiene todavía el rol de evaluador.
committee-page-add = Añadir al comité
committee-page-rule-heading = Regla de composición
committee-page-rule-type = Regla
committee-page-rule-parity = Paridad: tantos miembros con voto de la sociedad civil como del gobierno
committee-page-rule-minimum-shares = Proporción mínima de los miembros con voto por sector
committee-page-rule-is-parity = El comité necesita tantos miembros con voto de la sociedad civil como del gobierno.
committee-page-rule-is-shares = El comité necesita al menos estas proporciones de sus miembros con voto: { $shares }.
committee-page-rule-share = { $sector } { $min_percent } %
committee-page-shares = Proporciones mínimas (porcentaje)
committee-page-shares-hint = Solo para la regla de proporciones mínimas: el porcentaje de miembros con voto que necesita cada sector; deje los demás sectores en blanco.
committee-page-version = Versión { $version } del comité. Si alguien cambia el comité mientras tanto, se le pedirá que lo vuelva a cargar.
committee-page-rule-save = Guardar la regla
committee-page-deadline-heading = Plazo de evaluación
committee-page-deadline-is = Las evaluaciones de los miembros vencen el { $deadline }.
committee-page-deadline-none = No hay plazo de evaluación.
committee-page-deadline-clear-hint = Déjelo vacío para quitar el plazo.
committee-page-deadline-save = Guardar el plazo
flash-committee-page-member-added = El miembro se ha añadido al comité.
flash-committee-page-member-removed = El miembro se ha quitado del comité.
flash-committee-page-rule-saved = La regla de composición se ha guardado.
flash-committee-page-deadline-saved = El plazo de evaluación se ha guardado.
reviewing-page-link = Evaluación
reviewing-page-title = Evaluación: { $call }
reviewing-page-deadline = Las evaluaciones vencen el { $deadline }.
reviewing-page-no-deadline = No hay plazo de evaluación.
reviewing-page-completion-only = Esta página muestra cuánto han avanzado las evaluaciones, nunca sus puntuaciones ni comentarios.
reviewing-page-sections = Partes de la página
reviewing-page-conflicts-heading = Conflictos de interés
reviewing-page-no-conflicts = No hay ningún conflicto de interés registrado.
reviewing-page-member = Miembro
reviewing-page-application = Postulación
reviewing-page-sector = Sector
reviewing-page-source = Origen
reviewing-page-kind = Tipo
reviewing-page-note = Nota
reviewing-page-status = Estado
reviewing-page-decision-reason = Decisión y motivo
reviewing-page-decision = Decisión
reviewing-page-reason = Motivo de la decisión
reviewing-page-confirm = Confirmar
reviewing-page-waive = Dispensar
reviewing-page-decide-named = { $decision } el conflicto de { $name }
reviewing-page-source-automatic = Automático (organización)
reviewing-page-source-declared = Declarado
conflict-kind-institutional = Institucional
conflict-kind-personal = Personal
conflict-kind-financial = Financiero
conflict-kind-other = Otro
reviewing-page-status-declared = Pendiente de decisión
reviewing-page-status-confirmed = Confirmado
reviewing-page-status-waived = Dispensado
reviewing-page-automatic-heading = Asignación automática
reviewing-page-automatic-intro = Primero vea la vista previa: cada postulación elegible recibe sus evaluadores, al menos uno del gobierno y uno de la sociedad civil, nadie con un conflicto y una carga equilibrada. No se guarda nada hasta que la aplique; las asignaciones existentes se conservan.
reviewing-page-preview = Vista previa de la asignación
reviewing-page-apply = Aplicar esta asignación
reviewing-page-plan-heading = Vista previa
reviewing-page-plan-summary = { $applications ->
    [one] Una postulación elegible
   *[other] { $applications } postulaciones elegibles
}, { $min_reviews ->
    [one] un evaluador cada una
   *[other] { $min_reviews } evaluadores cada una
}: la asignación añade { $additions ->
    [one] una asignación
   *[other] { $additions } asignaciones
}.
reviewing-page-plan-additions = Asignaciones que añade
reviewing-page-plan-loads = Carga de cada miembro después
reviewing-page-load = Postulaciones
reviewing-page-plan-no-shortfalls = Cada postulación elegible recibe sus evaluadores.
reviewing-page-plan-shortfalls = Lo que la asignación no puede cumplir:
reviewing-page-assignments-heading = Asignaciones
reviewing-page-no-assignments = Todavía no hay nadie asignado.
reviewing-page-submitted = Enviada
reviewing-page-actions = Acciones
reviewing-page-yes = Sí
reviewing-page-no = No
reviewing-page-assigned-automatic = Automática
reviewing-page-assigned-manual = A mano
reviewing-page-unassign = Quitar
reviewing-page-unassign-named = Quitar la asignación de { $name } a { $reference }
reviewing-page-assign-heading = Asignar a mano
reviewing-page-assign = Asignar
reviewing-page-progress-heading = Avance
reviewing-page-totals = { $submitted } de { $assigned } evaluaciones asignadas enviadas.
reviewing-page-no-applications = Ninguna postulación ha sido declarada elegible.
reviewing-page-by-application = Por postulación
reviewing-page-by-member = Por miembro
reviewing-page-assigned = Asignadas
reviewing-page-drafts = Borradores
reviewing-page-conflicts = Conflictos
reviewing-page-remind = Recordar
reviewing-page-remind-all = Enviar recordatorios a todos los miembros con evaluaciones pendientes
reviewing-page-nothing-outstanding = Ningún miembro tiene evaluaciones pendientes.
reviewing-page-reminded = { $count ->
    [one] Se ha puesto en cola un recordatorio.
   *[other] Se han puesto en cola { $count } recordatorios.
}
reviewing-page-reminded-none = Ningún miembro tiene evaluaciones pendientes; no se envió ningún recordatorio.
flash-reviewing-page-plan-applied = La asignación automática se ha aplicado.
flash-reviewing-page-assigned = El miembro ha sido asignado.
flash-reviewing-page-unassigned = La asignación se ha quitado.
flash-reviewing-page-conflict-confirmed = El conflicto se ha confirmado.
flash-reviewing-page-conflict-waived = El conflicto se ha dispensado; el miembro puede volver a evaluar la postulación.
committee-page-deadline-field = Fecha límite de las evaluaciones
reviewing-page-plan-nothing-to-add = La asignación no tiene nada que añadir.
reviews-page-seats-heading = Comités de los que forma parte
reviews-page-seat-run = Conflictos, asignaciones y avance

## Selection: errors and reasons (domain::selection)
error-threshold-range = Indique un número de puntos mayor que 0 y como máximo 100.
error-criterion-unknown = Este criterio no forma parte de la convocatoria.
error-call-decide-by-finalise = Una convocatoria se decide al finalizar su selección, que registra cada decisión.
error-decisions-final = Las decisiones son definitivas: la convocatoria está decidida.
error-call-not-reviewing = Las decisiones se preparan mientras el comité evalúa.
error-scoring-closed = La puntuación de esta convocatoria está cerrada: las evaluaciones y las puntuaciones de consenso ya no pueden cambiar.
call-part-aggregation = el método de agregación
error-consensus-chair-only = Solo la presidencia del comité registra puntuaciones de consenso.
error-consensus-not-eligible = Las puntuaciones de consenso se registran solo para postulaciones elegibles.
error-override-not-eligible = Solo las postulaciones elegibles pueden seleccionarse, ponerse en lista de espera o rechazarse.
error-justification-required = Escriba por qué esta decisión se aparta de la propuesta.
error-award-above-request = La subvención no puede superar lo solicitado, { $requested }.
error-award-below-minimum = La subvención no puede ser inferior a la mínima de la convocatoria, { $min }.
error-results-not-decided = Los resultados se publican una vez decidida la convocatoria.
error-results-already-published = Los resultados ya están publicados.
error-results-not-published = Los resultados aún no están publicados.
selection-no-seed = La convocatoria no tiene semilla de sorteo; se extrae al comenzar la evaluación.
selection-unscreened = { $count ->
    [one] Una postulación aún no está revisada.
   *[other] { $count } postulaciones aún no están revisadas.
}
selection-over-slots = Hay { $selected } postulaciones seleccionadas pero la convocatoria tiene { $slots } plazas.
selection-over-budget = Las subvenciones suman { $currency } { $awarded }, más que el presupuesto de { $currency } { $budget }.
selection-award-outside-limits = { $reference } recibiría { $currency } { $award }, fuera de los límites de la convocatoria, de { $currency } { $min } a { $currency } { $max }.
selection-over-quota = { $subdivision } tiene { $selected } subvenciones, más que su máximo de { $max }.
selection-reason-ranked = Seleccionada por orden de clasificación.
selection-reason-minimum-quota = Seleccionada para cumplir el cupo mínimo de su región.
selection-reason-slots = En lista de espera: no quedan plazas.
selection-reason-quota = En lista de espera: su región alcanzó su máximo.
selection-reason-budget = En lista de espera: el presupuesto restante no cubre lo solicitado.
selection-reason-ineligible = No seleccionada: no elegible.
selection-reason-too-few-reviews = No seleccionada: muy pocas evaluaciones.
selection-reason-criterion-minimum = No seleccionada: un criterio está por debajo de su mínimo.
selection-reason-threshold = No seleccionada: el total está por debajo del mínimo de la convocatoria.
selection-reason-override = Decidida por el programa, apartándose de la propuesta (ver la justificación).

## Selection board, decisions and results (web::selection)
selection-page-title = Selección: { $call }
selection-page-chair-intro = Ve el tablero de selección como presidencia del comité: puede registrar las puntuaciones de consenso acordadas en la reunión; deciden las personas gestoras del programa.
selection-page-sections = Secciones de la página de selección
selection-page-summary-heading = Resumen
selection-page-scoring-heading = Puntuación
selection-page-ranking-heading = Clasificación y propuesta
selection-page-comparison-heading = Propuesta y selección optimizada
selection-page-decide-heading = Decisiones
selection-page-selected = Seleccionadas
selection-page-slots-used = { $selected } de { $slots } plazas
selection-page-awarded = Concedido
selection-page-awarded-of = { $awarded } de un presupuesto de { $budget }
selection-page-aggregation = Agregación
selection-page-aggregation-hint = Cómo se combinan las puntuaciones de las personas evaluadoras en un criterio. Es una regla publicada: no puede cambiar una vez abierta la convocatoria.
selection-aggregation-mean = Media
selection-aggregation-median = Mediana
selection-page-normalise = Cifras normalizadas
selection-page-normalise-hint = Muestra las puntuaciones de cada evaluador como puntuaciones z junto a las cifras brutas, para detectar evaluadores indulgentes o severos. Nunca cuentan para la clasificación.
selection-page-threshold = Umbral de desacuerdo
selection-page-threshold-hint = Una dispersión entre evaluadores, en puntos sobre 100, a partir de la cual una postulación se señala para debate. Déjelo en blanco si no hay.
selection-page-threshold-none = Ninguno
selection-page-yes = Sí
selection-page-no = No
selection-page-seed = Semilla del sorteo:
selection-page-no-seed = No se ha generado ninguna semilla de sorteo.
selection-page-seed-sealed = Sellada hasta que se cierre la puntuación: solo se publica su compromiso.
selection-page-commitment = Compromiso de la semilla del sorteo (SHA-256):
selection-page-scoring = Puntuación:
selection-page-scoring-open = Abierta: las evaluaciones y las puntuaciones de consenso aún pueden cambiar.
selection-page-scoring-closed-at = Cerrada el { $time }: las evaluaciones y las puntuaciones de consenso están bloqueadas.
selection-page-seed-hint = La semilla se generó al empezar la evaluación. Hasta que se cierre la puntuación solo se muestra su compromiso SHA-256, para que nadie puntúe conociendo el sorteo. Al cerrarse la puntuación se revela la semilla, y las postulaciones que siguen empatadas tras los criterios de desempate se ordenan por el SHA-256 de semilla:referencia, de menor a mayor.
selection-page-quotas = Cuotas regionales
selection-page-subdivision = Región
selection-page-quota-min = Reservadas
selection-page-quota-max = Máximo
selection-page-quota-selected = Seleccionadas
selection-page-scoring-intro = Cómo se calculan a partir de las evaluaciones las cifras de abajo.
selection-page-scoring-save = Guardar la configuración de puntuación
selection-page-problems = Lo que impide finalizar:
selection-page-no-problems = Nada impide finalizar.
selection-page-no-applications = No se ha presentado ninguna postulación a esta convocatoria.
selection-page-ranking-intro = Los totales son sobre 100 y se redondean a dos decimales; las decisiones los guardan exactos. Abra una postulación para ver sus cifras por criterio.
selection-page-rank = Puesto
selection-page-unranked = Sin puesto
selection-page-application = Postulación
selection-page-lead = Organización líder
selection-page-reviews = Evaluaciones
selection-page-total = Total
selection-page-raw-total = total de los evaluadores { $total }
selection-page-normalised = Normalizado
selection-page-range = Dispersión
selection-page-flagged = Señalada para debate
selection-page-proposal = Propuesta
selection-page-optimal = Selección optimizada
selection-page-in-optimal = Incluida
selection-page-not-in-optimal = No incluida
selection-page-differs = La propuesta y el óptimo difieren
selection-page-outcome = Resultado
selection-page-override = Modificación
selection-page-award = Monto concedido
selection-page-hidden = Oculto: tiene un conflicto con esta postulación
selection-page-lottery-key = Clave del sorteo:
selection-page-tie-criterion = Empate resuelto por el criterio { $position } ({ $criterion })
selection-page-tie-lottery = Empate resuelto por sorteo
selection-page-tie-sealed = Empate: lo decidirá el sorteo cuando se cierre la puntuación
selection-page-comparison-intro = La propuesta recorre la clasificación desde arriba, como dicen las reglas de la convocatoria. La selección optimizada es la de mayor puntuación total dentro del presupuesto, las plazas y los máximos regionales; se muestra para que el comité decida con conocimiento.
selection-page-count = Postulaciones
selection-page-total-score = Puntuación total
selection-page-cost = Coste
selection-page-proven = La selección optimizada está demostrada como óptima (búsqueda de { $ms } ms, a las { $time }).
selection-page-not-proven = No demostrada como óptima: la búsqueda se detuvo al agotar su tiempo de { $budget } ms. Es la mejor selección encontrada; la mejor puntuación total posible es como máximo { $gap } puntos más alta (búsqueda a las { $time }).
selection-page-same-selection = La propuesta y la selección optimizada coinciden.
selection-page-only-proposal = Solo en la propuesta:
selection-page-only-optimal = Solo en la selección optimizada:
selection-page-finalise-warning = Finalizar registra la decisión sobre cada postulación, según la propuesta y las modificaciones. Las decisiones pasan a ser definitivas: después ninguna puntuación, consenso ni modificación puede cambiar.
selection-page-finalise = Finalizar las decisiones
selection-page-close-scoring-intro = Cierre la puntuación cuando el comité haya terminado: las evaluaciones y las puntuaciones de consenso quedan bloqueadas, y la semilla del sorteo se revela y resuelve los empates que queden. Finalizar cierra la puntuación si sigue abierta.
selection-page-close-scoring = Cerrar la puntuación
selection-page-decided = Las decisiones son definitivas.
selection-page-public-results = Ver los resultados públicos
selection-page-preview-results = Vista previa de los resultados (aún no publicados)
selection-page-publish-intro = Publicar hace públicos la clasificación, las cifras, las decisiones y cada justificación, y avisa a todos los postulantes.
selection-page-publish = Publicar los resultados
selection-outcome-selected = Seleccionada
selection-outcome-waitlisted = En lista de espera
selection-outcome-not-selected = No seleccionada
selection-app-title = Selección
selection-app-back = Tablero de selección
selection-app-figures-heading = Cifras por criterio
selection-app-figures-intro = Las cifras se redondean a dos decimales. Para la clasificación cuenta el consenso donde el comité acordó uno; si no, el agregado de los evaluadores.
selection-app-criterion = { $position }. { $title }
selection-app-max = sobre { $max }
selection-app-aggregate = Agregado de los evaluadores
selection-app-consensus = Consenso
selection-app-no-consensus = Ninguno
selection-app-ranked = Para clasificar
selection-app-std-dev = Desviación típica
selection-app-consensus-heading = Puntuaciones de consenso
selection-app-consensus-intro = Registre las puntuaciones que el comité acordó en su reunión, cada una con su justificación. Deje en blanco un criterio sin consenso; las puntuaciones de los evaluadores no cambian.
selection-app-consensus-score = Puntuación de consenso
selection-app-rationale = Justificación
selection-app-consensus-score-of = Puntuación de consenso: { $criterion }
selection-app-consensus-rationale-of = Justificación: { $criterion }
selection-app-consensus-score-missing = Indique la puntuación acordada o borre la justificación.
selection-app-consensus-save = Guardar el consenso
selection-app-decision-heading = Decisión
selection-app-decision-intro = Apártese de la propuesta solo con una justificación escrita: se publica con los resultados. También puede reducir el monto concedido.
selection-app-outcome = Resultado
selection-app-as-proposed = Según la propuesta
selection-app-as-proposed-named = Según la propuesta ({ $outcome })
selection-app-justification = Justificación
selection-app-justification-hint = Por qué la decisión se aparta de la propuesta.
selection-app-awarded-amount = Monto concedido
selection-app-awarded-amount-hint = Déjelo en blanco para conceder el monto solicitado.
selection-app-decision-save = Guardar la decisión
selection-app-decision-clear = Volver a la propuesta
selection-app-stale = Otra persona gestora cambió esta decisión mientras usted la editaba. No se pierde nada de lo que escribió: su versión está abajo y, donde la versión guardada difiere, se muestra bajo el campo. Revise esos campos y vuelva a guardar para conservar su versión.
selection-app-saved-empty = (vacío)
flash-selection-settings-saved = Se ha guardado la configuración de puntuación.
flash-selection-consensus-saved = Se han guardado las puntuaciones de consenso.
flash-selection-decision-saved = Se ha guardado la decisión.
flash-selection-decision-cleared = Se ha retirado la modificación: vuelve a decidir la propuesta.
flash-selection-finalised = Se han finalizado las decisiones.
flash-scoring-closed = La puntuación está cerrada: la semilla del sorteo se ha revelado.
flash-selection-published = Se han publicado los resultados.
results-page-title = Resultados: { $call }
results-page-published-at = Publicados el { $at }.
results-page-not-published = Estos resultados aún no están publicados: solo los ven las personas gestoras.
results-page-decided-at = Decididos el
results-page-intro = La clasificación con las cifras de cada postulación por criterio (redondeadas a dos decimales), su resultado y el motivo, y la justificación de cada decisión que se aparta de la propuesta.
results-page-json = Los resultados en JSON
results-page-csv = Los resultados en CSV
results-page-ranking-heading = Clasificación y decisiones
results-page-lead = Organización líder
results-page-reason = Motivo
results-page-justification = Justificación:
results-page-lottery-heading = Sorteo
results-page-lottery-how = Los empates que quedan tras los criterios de desempate se resuelven con un sorteo que cualquiera puede recalcular: para cada postulación empatada, calcule el SHA-256 de la semilla, dos puntos y su referencia, sha256({ $seed }:referencia), en hexadecimal en minúsculas; la menor va primero.
results-page-commitment-how = El compromiso se publicó en la página de la convocatoria al comenzar la evaluación, antes de cualquier puntuación. Compruebe la semilla con él: el SHA-256 del texto de la semilla, en hexadecimal en minúsculas, debe ser igual al compromiso, por ejemplo con:
call-results-link = Ver los resultados
editor-selection-link = Puntuación y selección
application-results-heading = Resultados
application-results-outcome = Resultado
application-results-justification = Justificación
application-results-rank = Puesto
application-results-total = Total
application-results-awarded = Monto concedido
application-results-all = Todos los resultados de la convocatoria
application-results-criteria = Cifras por criterio
application-results-score = Puntuación
application-results-consensus = Consenso del comité
application-results-out-of = { $score } sobre { $max }
application-results-reviews = Comentarios de los evaluadores
application-results-no-reviews = No se contó ninguna evaluación.
application-results-reviewer = Evaluador { $number }

## Funded projects: errors (domain::projects)
error-number = Indique un número.
error-user-unknown = Este usuario no existe o está desactivado.
error-indicator-unknown = Este indicador no es de la convocatoria.
error-end-after-start = El fin debe ser posterior al inicio.
error-project-not-active = El proyecto está { $status }: ya no se puede hacer nada en él.
error-project-reports-started = Ya se presentó un informe: las fechas ya no pueden cambiar.
error-project-final-report = Un proyecto se completa cuando se acepta su informe final.
error-tranche-waits-signature = Este tramo no puede liberarse hasta que se firme el convenio de subvención.
error-tranche-waits-milestone = Este tramo no puede liberarse hasta que se acepte el hito { $position }.
error-tranche-waits-report = Este tramo no puede liberarse hasta que se acepte el informe de avance { $number }.
error-tranche-waits-final-report = Este tramo no puede liberarse hasta que se acepte el informe final.
error-tranche-waits-date = Este tramo no puede liberarse antes del { $date }.
error-project-signature-used = Se liberó un tramo con esta firma: su fecha ya no puede cambiar.
error-project-unpaid-tranches = { $count ->
    [one] Un tramo aún no está pagado: páguelo antes de completar el proyecto.
   *[other] { $count } tramos aún no están pagados: páguelos antes de completar el proyecto.
}
error-template-empty = Indique al menos un tramo.
error-percent = Indique un porcentaje mayor que 0 y como máximo 100, con dos decimales como mucho.
error-template-sum = Los tramos suman { $sum }; deben sumar exactamente 100 %.

## Funded projects: the portfolio pages and the call's tranche template (web)
nav-funded-projects = Proyectos financiados
nav-manage-projects = Cartera
portfolio-heading = Proyectos financiados
portfolio-intro = Todos los proyectos financiados por una convocatoria cuyos resultados están publicados: lo adjudicado, lo pagado y cómo avanza cada proyecto.
portfolio-filters-label = Filtrar los proyectos
portfolio-filter-subdivision = Región (subdivisión)
portfolio-filter-health = Estado
portfolio-filters-clear = Mostrar todos los proyectos
portfolio-projects-count = { $count ->
    [one] { $count } proyecto
   *[other] { $count } proyectos
}
portfolio-totals-heading = Totales
portfolio-none = Aún no hay ningún proyecto financiado.
portfolio-none-filtered = Ningún proyecto coincide con estos filtros.
portfolio-currency = Moneda
portfolio-projects = Proyectos
portfolio-awarded = Adjudicado
portfolio-disbursed = Desembolsado
portfolio-overdue = Elementos atrasados
portfolio-charts-heading = En gráficos
portfolio-projects-heading = Proyectos
portfolio-project = Proyecto
portfolio-call = Convocatoria
portfolio-lead = Organización líder
portfolio-subdivision = Región
portfolio-health = Estado
portfolio-progress = Avance
portfolio-percent = { $percent }
portfolio-open-data-heading = Datos abiertos
portfolio-open-data-intro = Las mismas cifras como datos abiertos, de libre reutilización.
portfolio-open-data-giving = Subvenciones en el estándar 360Giving (JSON)
portfolio-open-data-projects = Proyectos (CSV)
portfolio-open-data-disbursements = Desembolsos (CSV)
portfolio-no-subdivision = Sin región
portfolio-chart-health-title = Proyectos por estado
portfolio-chart-money-title = Adjudicado y desembolsado por región, en { $currency }
portfolio-chart-awarded = Adjudicado
portfolio-chart-disbursed = Desembolsado
portfolio-chart-awarded-value = Adjudicado: { $amount }
portfolio-chart-disbursed-value = Desembolsado: { $amount }
portfolio-overdue-report = Informe de avance { $number }, vencido el { $due }
portfolio-overdue-milestone = Hito «{ $title }», vencido el { $due }
manage-portfolio-heading = Cartera de proyectos financiados
manage-portfolio-intro = Todos los proyectos financiados, publicados o no, con lo que requiere atención: informes de avance por vencer o vencidos, e hitos atrasados.
manage-portfolio-links = Secciones y enlaces
manage-portfolio-attention-heading = Requiere atención
manage-portfolio-public-link = La página pública
manage-portfolio-reports-overdue = Informes de avance vencidos
manage-portfolio-reports-overdue-none = Ningún informe de avance está vencido.
manage-portfolio-reports-due = { $days ->
    [one] Informes de avance que vencen en { $days } día
   *[other] Informes de avance que vencen en { $days } días
}
manage-portfolio-reports-due-none = Ningún informe de avance vence pronto.
manage-portfolio-overdue-heading = Elementos atrasados por proyecto
manage-portfolio-overdue-none = No hay nada atrasado.
manage-portfolio-report = Informe
manage-portfolio-due-on = Vence el
manage-portfolio-report-status = Situación
manage-portfolio-report-overdue = Vencido
manage-portfolio-report-due = Vence pronto
editor-tranches-heading = Tramos de los proyectos financiados
editor-tranches-intro = Cómo se paga la subvención de cada proyecto financiado por esta convocatoria: cada tramo es una parte de la subvención, que se libera cuando se cumple su condición. Las partes suman 100 %.
editor-tranches-hint = Un hito necesita su título y los meses tras el inicio en que vence; un informe, su número; una fecha, los meses tras el inicio. Deje una fila en blanco, o marque Quitar, para eliminarla.
editor-tranches-save = Guardar los tramos
editor-tranches-decided = Las decisiones son definitivas: los proyectos tienen sus tramos y la plantilla ya no cambia.
editor-tranche-percent = Parte (%)
editor-tranche-condition = Se libera cuando
editor-tranche-milestone = Hito
editor-tranche-months = Meses tras el inicio
editor-tranche-report = Número de informe
editor-tranche-cell = Tramo { $number }: { $column }
editor-tranche-condition-signature = Se firma el convenio
editor-tranche-condition-milestone = Se acepta un hito
editor-tranche-condition-report = Se acepta un informe de avance
editor-tranche-condition-final-report = Se acepta el informe final
editor-tranche-condition-date = Llega una fecha
editor-tranche-after-months = { $months ->
    [one] { $months } mes después del inicio
   *[other] { $months } meses después del inicio
}
editor-tranche-on-signature = { $percent } cuando se firma el convenio
editor-tranche-on-milestone = { $percent } cuando se acepta el hito «{ $title }» ({ $due })
editor-tranche-on-report = { $percent } cuando se acepta el informe de avance { $number }
editor-tranche-on-final-report = { $percent } cuando se acepta el informe final
editor-tranche-on-date = { $percent } { $due }
flash-call-tranches-saved = Se han guardado los tramos.

## Funded projects: the project page and the expert's requests (web::projects)
project-page-status-state-active = En curso
project-page-status-state-completed = Finalizado
project-page-status-state-terminated = Rescindido
project-page-milestone-state-pending = Pendiente
project-page-milestone-state-submitted = Evidencia enviada
project-page-milestone-state-accepted = Aceptado
project-page-milestone-state-changes-requested = Cambios solicitados
project-page-report-state-due = Por presentar
project-page-report-state-submitted = Presentado
project-page-report-state-accepted = Aceptado
project-page-report-state-changes-requested = Cambios solicitados
project-page-tranche-state-planned = Previsto
project-page-tranche-state-released = Liberado
project-page-tranche-state-paid = Pagado
project-page-assistance-state-open = Abierta
project-page-assistance-state-assigned = Experto asignado
project-page-assistance-state-resolved = Resuelta
project-page-overdue-count = { $count ->
    [one] { $count } elemento vencido
   *[other] { $count } elementos vencidos
}
project-page-overdue = Vencido
project-page-terminated-because = Este proyecto fue rescindido:
project-page-lead = Organización líder
project-page-partners = Socios
project-page-partners-none = Ninguno
project-page-call = Convocatoria
project-page-programme = Programa
project-page-dates = Fechas previstas
project-page-dates-value = del { $start } al { $end }
project-page-signed-on = Convenio firmado el
project-page-not-signed = Aún no firmado
project-page-signed = Firmado
project-page-progress = Avance
project-page-progress-hint = (proporción de hitos aceptados)
project-page-percent = { $percent }
project-page-awarded = Adjudicado
project-page-disbursed = Desembolsado
project-page-paid-caption = { $disbursed } pagados de { $awarded } adjudicados ({ $percent }).
project-page-timeline-heading = Cronología
project-page-kind-agreement = Convenio:
project-page-kind-milestone = Hito:
project-page-kind-report = Informe de avance:
project-page-kind-tranche = Pago:
project-page-agreement = Firma del convenio de subvención
project-page-agreement-signed = Convenio de subvención firmado
project-page-tranche-title = { $amount } (tramo { $position })
project-page-report-title = Informe { $number }
project-page-report-final-title = Informe { $number } (final)
project-page-condition-signature = Se libera una vez firmado el convenio de subvención.
project-page-condition-milestone = Se libera una vez aceptado el hito { $position } ({ $title }).
project-page-condition-report = Se libera una vez aceptado el informe de avance { $number }.
project-page-condition-final-report = Se libera una vez aceptado el informe final.
project-page-condition-date = Se libera a partir del { $date }.
project-page-paid-on-date = Pagado el { $date }
project-page-released-at = Liberado el { $at }
project-page-indicators-heading = Indicadores
project-page-indicators-none = La convocatoria no define indicadores.
project-page-indicator = Indicador
project-page-unit = Unidad
project-page-target = Meta
project-page-latest = Último valor
project-page-latest-hint = El último valor informado, incluidos los informes aún no aceptados.
project-page-latest-public-hint = El último valor de un informe de avance aceptado.
project-page-targets-heading = Metas
project-page-target-of = Meta: { $name } ({ $unit })
project-page-targets-save = Guardar las metas
project-page-milestones-heading = Hitos
project-page-milestones-none = Aún no hay hitos.
project-page-due = Vence el { $date }
project-page-evidence = Evidencia
project-page-evidence-of = Evidencia de «{ $title }»
project-page-evidence-hint = Describa lo que muestra que se alcanzó el hito, con enlaces a los documentos si están publicados.
project-page-evidence-submit = Enviar la evidencia
project-page-review-comment = Comentario del programa
project-page-comment-on-milestone = Comentario sobre «{ $title }»
project-page-comment-on-report = Comentario sobre el informe { $number }
project-page-comment-hint = Obligatorio al solicitar cambios; el equipo lo verá.
project-page-accept = Aceptar
project-page-request-changes = Solicitar cambios
project-page-milestone-add-heading = Añadir un hito
project-page-milestone-title = Título
project-page-milestone-description = Qué se espera
project-page-due-on = Fecha límite
project-page-milestone-add = Añadir el hito
project-page-reports-heading = Informes de avance
project-page-reports-none = No hay informes de avance previstos.
project-page-narrative = Qué ocurrió
project-page-narrative-of = Informe { $number }: qué ocurrió
project-page-narrative-hint = Qué se hizo en el período, qué cambió y qué dificultades hubo.
project-page-spending-of = Informe { $number }: gasto a la fecha ({ $currency })
project-page-spending-hint = Todo lo gastado en el proyecto desde su inicio, por ejemplo 12500.50.
project-page-spending-value = Gasto a la fecha: { $amount }
project-page-value-of = { $name } ({ $unit })
project-page-values-legend = Indicadores
project-page-values-hint = El valor actual de cada indicador; deje en blanco lo que aún no pueda medir.
project-page-report-submit = Presentar el informe
project-page-tranches-heading = Tramos
project-page-tranche = Tramo
project-page-amount = Monto
project-page-condition = Condición
project-page-state = Estado
project-page-actions = Acciones
project-page-release = Liberar el tramo { $position }
project-page-release-waiting = Este tramo no puede liberarse hasta que se cumpla su condición. { $condition }
project-page-paid-on-of = Tramo { $position }: pagado el
project-page-pay = Registrar el pago del tramo { $position }
project-page-assistance-heading = Asistencia técnica
project-page-assistance-none = No hay solicitudes de asistencia técnica.
project-page-asked-at = Solicitada el { $at }
project-page-expert-is = Experto: { $expert }
project-page-expert-assigned = hay un experto asignado
project-page-notes = Notas
project-page-expert = Experto
project-page-expert-of = Experto para «{ $topic }»
project-page-note = Nota
project-page-assign-note-of = Nota al asignar «{ $topic }»
project-page-assign = Asignar el experto
project-page-resolution = Qué se hizo
project-page-resolve-note-of = Qué se hizo sobre «{ $topic }»
project-page-resolve-hint = Obligatorio: qué se hizo, para que el equipo y el programa lo vean.
project-page-resolve = Marcar como resuelta
project-page-assistance-ask-heading = Solicitar asistencia técnica
project-page-assistance-ask-intro = El programa asigna un experto que ayuda en el tema y deja constancia de lo hecho.
project-page-assistance-topic = Tema
project-page-assistance-description = Qué ayuda se necesita
project-page-assistance-ask = Enviar la solicitud
project-page-manage-heading = Gestionar el proyecto
project-page-dates-heading = Fechas previstas
project-page-dates-hint = El calendario de informes se rehace con las nuevas fechas; los hitos pendientes y los tramos con fecha se desplazan con el inicio. No es posible una vez presentado un informe.
project-page-planned-start = Inicio previsto
project-page-planned-end = Fin previsto
project-page-dates-save = Guardar las fechas
project-page-sign-heading = Convenio de subvención
project-page-sign = Registrar la firma
project-page-complete-heading = Finalización
project-page-complete-hint = Un proyecto se finaliza una vez aceptado su informe final.
project-page-complete = Marcar el proyecto como finalizado
project-page-terminate-heading = Rescisión
project-page-terminate-hint = Termina el proyecto anticipadamente: ya no se podrá hacer nada en él. El motivo es público.
project-page-terminate-reason = Motivo de la rescisión
project-page-terminate = Rescindir el proyecto
project-page-stale = Otra persona cambió esto mientras usted trabajaba. Lo que escribió se conserva abajo y la página muestra el proyecto tal como está ahora: revíselo y envíe el formulario de nuevo.
assistance-page-title = Solicitudes de asistencia técnica
assistance-page-intro = Las solicitudes de los equipos de proyecto en las que usted es el experto asignado.
assistance-page-none = No tiene ninguna solicitud asignada.
flash-project-dates-saved = Se guardaron las fechas previstas.
flash-project-signed = Se registró la firma del convenio de subvención.
flash-project-terminated = El proyecto fue rescindido.
flash-project-completed = El proyecto está finalizado.
flash-project-targets-saved = Se guardaron las metas.
flash-project-milestone-added = Se añadió el hito.
flash-project-milestone-submitted = Se envió la evidencia.
flash-project-milestone-reviewed = Se revisó el hito.
flash-project-report-submitted = Se presentó el informe de avance.
flash-project-report-reviewed = Se revisó el informe de avance.
flash-project-tranche-released = Se liberó el tramo.
flash-project-tranche-paid = Se registró el pago.
flash-project-assistance-requested = Se envió su solicitud de asistencia técnica.
flash-project-expert-assigned = Se asignó el experto.
flash-project-assistance-resolved = La solicitud se marcó como resuelta.

## Funded projects: evidence files (web::projects)
project-page-files = Archivos
project-page-file-of = Un archivo de evidencia de «{ $title }»
project-page-file-hint = PDF, imagen o documento de oficina, 10 MiB como máximo.
project-page-file-upload = Adjuntar el archivo
project-page-file-size = { $kib } KiB
flash-project-file-added = El archivo está adjunto.

## Project health (domain::projects::schedule::Health::label)
health-on-track = En curso
health-at-risk = En riesgo
health-completed = Completado
health-terminated = Rescindido

## Password reset
error-reset-link-invalid = Este enlace para elegir una nueva contraseña no funciona: no existe, ya se ha usado o tiene más de una hora. Solicite uno nuevo.
login-forgot-password = ¿Ha olvidado su contraseña?
reset-request-title = ¿Ha olvidado su contraseña?
reset-request-heading = ¿Ha olvidado su contraseña?
reset-request-intro = Indique la dirección de correo electrónico de su cuenta y le enviaremos un enlace para elegir una nueva contraseña.
reset-request-email = Correo electrónico
reset-request-submit = Enviarme un enlace
reset-request-problem-title = No se ha podido enviar el enlace
reset-sent-title = Revise su correo
reset-sent-heading = Revise su correo
reset-sent-body = Si existe una cuenta con esa dirección, le hemos enviado un enlace para elegir una nueva contraseña. El enlace funciona durante una hora y una sola vez.
reset-sent-nothing = ¿No ha recibido nada al cabo de unos minutos? Revise la carpeta de correo no deseado y compruebe que escribió la dirección de su cuenta.
reset-ask-again = Solicitar un nuevo enlace
reset-back-to-login = Volver a iniciar sesión
reset-form-title = Elija una nueva contraseña
reset-form-heading = Elija una nueva contraseña
reset-form-intro = La nueva contraseña sustituye a la anterior y se cerrarán sus sesiones en todos los dispositivos.
reset-form-password = Nueva contraseña
reset-form-confirmation = Repita la nueva contraseña
reset-form-submit = Guardar la nueva contraseña
reset-error-mismatch = Las dos contraseñas no coinciden.
reset-invalid-title = Este enlace no funciona
reset-invalid-heading = Este enlace no funciona
flash-password-reset = Se ha cambiado su contraseña y se han cerrado todas sus sesiones. Inicie sesión con la nueva contraseña.

## Inbox, outbox and preferences
error-language-unknown = «{ $value }» no es un idioma en el que escriba Convoca. Elija español, francés, inglés, alemán o árabe.
error-notification-kind-unknown = «{ $value }» no es un tipo de mensaje.
error-notification-kind-required = Siempre se envía por correo y no se puede desactivar: { $kind }.
error-outbox-retry-not-failed = Solo se puede reintentar un mensaje cuyo envío ha fallado; { $state ->
    [queued] este sigue en la cola y se intentará de todos modos.
    [sent] este ya se envió y no debe salir dos veces.
    [skipped] este no se envió por correo porque su destinatario desactivó este tipo de mensaje.
   *[other] este no ha fallado.
}
notification-kind-invitation = Invitaciones a unirse a una organización
notification-kind-password-reset = Enlaces para elegir una nueva contraseña
notification-kind-application-submitted = Acuses de recibo de postulaciones enviadas
notification-kind-application-screened = Resultados de la revisión de admisibilidad
notification-kind-review-assigned = Nuevas postulaciones que evaluar
notification-kind-review-reminder = Recordatorios de evaluaciones pendientes
notification-kind-results-published = Resultados publicados de las convocatorias
notification-kind-tranche-released = Tramos liberados de proyectos financiados
notification-kind-milestone-accepted = Hitos aceptados
notification-kind-milestone-changes-requested = Hitos que requieren cambios
notification-kind-report-accepted = Informes de avance aceptados
notification-kind-report-changes-requested = Informes de avance que requieren cambios
notification-kind-report-due-soon = Informes de avance que vencen pronto
notification-kind-report-overdue = Informes de avance atrasados
notification-kind-assistance-assigned = Solicitudes de asistencia técnica asignadas a un experto
notification-kind-assistance-resolved = Solicitudes de asistencia técnica resueltas
nav-inbox = Mensajes
nav-inbox-unread = { $count ->
    [one] Mensajes (1 sin leer)
   *[other] Mensajes ({ $count } sin leer)
}
nav-outbox = Bandeja de salida
inbox-title = Mensajes
inbox-heading = Sus mensajes
inbox-intro = Todo lo que Convoca le ha escrito, incluido lo que no se envió por correo, empezando por lo más reciente.
inbox-unread-count = { $count ->
    [0] Ningún mensaje sin leer.
    [one] Un mensaje sin leer.
   *[other] { $count } mensajes sin leer.
}
inbox-empty = Todavía no tiene mensajes.
inbox-subject = Asunto
inbox-received = Recibido
inbox-status = Estado
inbox-actions = Acciones
inbox-unread = Sin leer
inbox-read = Leído
inbox-open = Abrir
inbox-mark-read = Marcar como leído
inbox-mark-all-read = Marcar todos como leídos
flash-inbox-read = El mensaje se ha marcado como leído.
flash-inbox-all-read = Todos sus mensajes se han marcado como leídos.
account-preferences-heading = Mensajes
account-preferences-intro = Convoca le escribe por correo y en su bandeja de mensajes. Elija el idioma de sus mensajes y cuáles recibe por correo: todos los mensajes quedan en su bandeja de todos modos.
account-preferences-language = Idioma de sus mensajes
account-preferences-emailed = Quiero recibir por correo
account-preferences-emailed-hint = Desmarque lo que no desea recibir por correo.
account-preferences-required = Siempre se envían por correo
account-preferences-required-why = Estos mensajes se refieren al acceso a su cuenta o confirman algo que usted hizo, por eso siempre se envían.
account-preferences-submit = Guardar mis preferencias
flash-preferences-saved = Se han guardado sus preferencias.
outbox-title = Bandeja de salida
outbox-heading = Bandeja de salida
outbox-intro = Todos los mensajes que Convoca ha puesto en cola, empezando por el más reciente, y en qué punto está su envío. Un mensaje fallido se puede reintentar: vuelve a la cola y se envía de nuevo.
outbox-filters-label = Filtrar los mensajes
outbox-filter-state = Estado del envío
outbox-state-queued = En cola
outbox-state-sent = Enviado
outbox-state-failed = Fallido
outbox-state-skipped = No enviado por correo (desactivado)
outbox-kind = Mensaje
outbox-recipient = Destinatario
outbox-state = Envío
outbox-attempts = Intentos fallidos
outbox-last-error = Último error
outbox-created = En cola desde
outbox-sent = Enviado el
outbox-next-attempt = Próximo intento: { $date }
outbox-none = Ningún mensaje coincide con estos filtros.
outbox-retry = Reintentar
flash-outbox-retried = El mensaje ha vuelto a la cola.

## Convocatorias publicadas en varios idiomas
programme-content-languages = Idiomas de publicación
programme-content-languages-hint = Los idiomas en que se publican sus convocatorias, como códigos separados por comas (en, es, fr, de, ar); el primero es el idioma en que se redactan. Déjelo vacío si las convocatorias no se traducen.
error-language-twice = { $value } aparece dos veces.
error-first-language-locked = El primer idioma de publicación no puede cambiar una vez que el programa tiene convocatorias: sus textos están redactados en él.
error-translation-first-language = La convocatoria está redactada en { $language }; para cambiar esos textos, edite la convocatoria.
error-translation-not-content-language = { $language } no es uno de los idiomas de publicación del programa.
error-translation-unknown-field = La convocatoria no tiene ese texto.
call-language-fallback = Esta convocatoria se publica en { $languages }, no en su idioma; se muestra en { $shown }.
translation-page-title = Traducción al { $language }
translation-page-intro = Cada texto de la convocatoria tal como fue redactado, con su traducción debajo. Un texto vacío se muestra tal como fue redactado. Las traducciones no cambian ninguna regla y pueden editarse en cualquier momento; cada cambio queda registrado en el registro de auditoría.
translation-written = Texto original:
translation-save = Guardar la traducción
translation-field-title = Título
translation-field-description = Descripción
translation-field-criterion-title = Criterio { $position }: título
translation-field-criterion-guidance = Criterio { $position }: orientación
translation-field-question-prompt = Pregunta { $position }: enunciado
translation-field-question-help = Pregunta { $position }: ayuda
translation-field-indicator-name = Indicador { $position }: nombre
translation-field-milestone-title = Hito { $position }: título
editor-translations-heading = Traducciones
editor-translations-none = El programa publica sus convocatorias en un solo idioma. Para traducirlas, indique sus idiomas de publicación en la página del programa.
editor-translations-intro = El programa publica sus convocatorias en varios idiomas. Las traducciones pueden editarse en cualquier momento, incluso después de la apertura.
editor-translations-link = Traducir al { $language }
flash-call-translation-saved = Se ha guardado la traducción.

## Home page per role, and which role a refused page is for
error-page-needs-role-admin = Esta página es para administradores.
error-page-needs-role-manager = Esta página es para las personas gestoras del programa.
error-page-needs-role-reviewer = Esta página es para integrantes del comité de selección.
error-page-needs-role-applicant = Esta página es para postulantes (personal de un gobierno local o de una organización socia).
error-page-needs-roles = Esta página es para estos roles: { $roles }.
home-no-role = Tu cuenta todavía no tiene ningún rol. Los roles los asigna un administrador.
home-your-account = Cuenta y organización
home-call-name = { $title } ({ $code })
home-application-name = { $reference }: { $title }
home-results-of = Resultados de { $title }
home-results-published = publicados el { $date }
home-reviews-done = { $needed ->
    [one] { $done } de 1 evaluación hecha
   *[other] { $done } de { $needed } evaluaciones hechas
}
home-reviews-done-due = { $done }; las evaluaciones vencen el { $date }
home-work-item = { $project }: { $what }
home-work-report = Informe de avance { $number }
home-work-milestone = hito «{ $title }»
home-work-due = vence el { $date }
home-work-overdue = vencido desde el { $date }
home-work-changes-requested = se pidieron cambios (vence el { $date })
home-admin-heading = Administración
home-admin-group = Usuarios y correo
home-admin-users = { $count ->
    [one] 1 usuario
   *[other] { $count } usuarios
}
home-admin-inactive = { $count ->
    [one] 1 desactivado
   *[other] { $count } desactivados
}
home-admin-outbox = Bandeja de salida de correo
home-admin-outbox-counts = { $queued } en cola, { $failed } fallidos
home-manager-heading = Gestión del programa
home-manager-quiet = Por ahora no hay nada pendiente.
home-manager-unverified = Organizaciones que esperan verificación
home-manager-unverified-note = { $count ->
    [one] 1 organización espera ser verificada.
   *[other] { $count } organizaciones esperan ser verificadas.
}
home-manager-unverified-all = Todas las organizaciones que esperan verificación
home-manager-screen = Postulaciones para revisar la admisibilidad
home-manager-screen-count = { $count ->
    [one] 1 postulación enviada para revisar
   *[other] { $count } postulaciones enviadas para revisar
}
home-manager-reviewing = Avance de la evaluación
home-manager-to-review = Informes e hitos que esperan tu revisión
home-manager-overdue = Informes e hitos vencidos
home-manager-assistance = Pedidos de asistencia técnica abiertos
home-manager-assistance-asked = pedido el { $date }
home-manager-portfolio = La cartera de proyectos financiados
home-reviewer-heading = Comité de selección
home-reviewer-quiet = No hay evaluaciones pendientes para vos.
home-reviewer-call = Tus evaluaciones para { $title } ({ $code })
home-reviewer-left = { $assigned ->
    [one] te quedan { $left } de 1 postulación asignada por puntuar
   *[other] te quedan { $left } de { $assigned } postulaciones asignadas por puntuar
}
home-reviewer-left-due = { $left }; las evaluaciones vencen el { $date }.
home-reviewer-draft = borrador guardado
home-reviewer-not-started = sin empezar
home-reviewer-all = Todas tus evaluaciones
home-chair-call = Reunión del comité para { $title } ({ $code })
home-chair-note = { $progress }. { $flagged }
home-chair-flagged = { $count ->
    [0] Ninguna postulación está marcada para discusión.
    [one] 1 postulación marcada para discusión ({ $open } sin puntuación de consenso).
   *[other] { $count } postulaciones marcadas para discusión ({ $open } sin puntuación de consenso).
}
home-chair-consensus-recorded = puntuación de consenso registrada
home-chair-consensus-to-record = falta registrar la puntuación de consenso
home-chair-progress-link = El avance del comité
home-applicant-heading = Las postulaciones y proyectos de tu organización
home-applicant-drafts = Borradores por terminar
home-applicant-draft = { $title } (para { $call })
home-applicant-deadline = cierre { $date }, { $left }
home-applicant-deadline-missed = el plazo ya venció
home-applicant-submissions = Postulaciones enviadas
home-applicant-submission-state = { $call }: { $state }
home-applicant-all = Todas tus postulaciones
home-applicant-results = Resultados para leer
home-applicant-projects = Tus proyectos financiados
home-applicant-due = Informes e hitos por entregar
home-applicant-start = Postularse a una convocatoria
home-applicant-none = Tu organización todavía no empezó ninguna postulación.
home-public-heading = Convocatorias, resultados y proyectos
home-public-open-calls = Convocatorias abiertas
home-public-no-open-calls = No hay ninguna convocatoria abierta en este momento.
home-public-closes = cierra el { $date }
home-public-all-calls = Todas las convocatorias
home-public-results = Resultados recientes
home-public-portfolio = La cartera
home-public-projects = { $count ->
    [one] 1 proyecto financiado
   *[other] { $count } proyectos financiados
}
call-sign-up-to-apply = Registrarse para postularse
call-log-in-to-apply = ¿Ya está registrado? Inicie sesión para postularse
selection-page-flagged-on = Señalada para debate: { $criteria }
selection-page-flagged-total = Señalada para debate: los totales de los evaluadores difieren
error-page-too-large-title = Demasiado grande
error-page-too-large = Lo que envió es demasiado grande: un archivo puede ocupar como máximo 10 MiB, y un formulario como máximo { $mib } MiB. No se guardó nada. Vuelva atrás, elija un archivo más pequeño y envíelo de nuevo.
selection-finalise-confirm-heading = ¿Finalizar las decisiones?
selection-finalise-confirm-consequences = Cada postulación seleccionada se convierte en un proyecto financiado, la convocatoria pasa a decidida y luego pueden publicarse los resultados. No se puede deshacer.
selection-finalise-confirm-back = Volver al tablero de selección

## The call editor as one form
editor-one-form-hint = Esta página es un solo formulario: cada botón Guardar guarda todos los cambios hechos en ella, en todas las secciones, para que no se pierda nada de lo escrito.
editor-more-rows = Más filas
editor-more-questions = Más preguntas
editor-weight-total = Ponderación total de los criterios:
editor-scoring-intro = Cómo las puntuaciones del comité se convierten en las cifras de cada postulación. El método de agregación es una regla publicada, fija desde la apertura de la convocatoria; lo demás puede cambiar hasta las decisiones.
editor-scoring-method-frozen = Agregación (fija desde la apertura de la convocatoria): { $method }
flash-call-saved = Se han guardado sus cambios.
flash-call-unchanged = No había cambios, así que no se guardó nada.
error-organisation-name-ambiguous = Varias organizaciones se llaman «{ $value }»; use el identificador o el código oficial de la que corresponda.
prerequisite-holders-heading = Quién los ha cumplido
prerequisite-holders-none = Ninguna organización lo ha cumplido todavía.
prerequisite-holders-caption = Organizaciones que han cumplido «{ $name }»
prerequisite-holders-recorded = Registrado
prerequisite-import-organisations-link = Consultar los identificadores y códigos oficiales de las organizaciones
prerequisite-import-template-link = Descargar una plantilla CSV
manage-organisation-id = Identificador
manage-organisations-identifiers = Una importación de requisitos previos designa una organización por su identificador, su código oficial o, si ninguna otra organización lo lleva, su nombre.
# El comprobante como copia imprimible de la postulación (issue 17)
receipt-organisation = { $name } ({ $kind })
receipt-as-submitted = A continuación figura la postulación completa tal como se envió. Los cambios posteriores en la convocatoria o en las organizaciones no la modifican.
receipt-partners-none = Sin socios.
layout-table-region = Tabla: { $name }

## A programme across its cycles
programme-page-eyebrow = Programa
programme-page-open-data = Estas cifras como datos abiertos (JSON)
programme-page-cycles-heading = Ciclos
programme-page-cycles-intro = Cada convocatoria del programa, en orden, con lo que logró. Lo que decidió una convocatoria se cuenta una vez publicados sus resultados.
programme-page-cycles-none = Este programa aún no ha publicado ninguna convocatoria.
programme-page-cycle = Ciclo
programme-page-state = Estado
programme-page-dates = { $opens } – { $closes }
programme-page-cloned-from = Continúa el { $cycle }
programme-page-applications = Postulaciones
programme-page-eligible = Admisibles
programme-page-selected = Seleccionadas
programme-page-projects = Proyectos financiados
programme-page-awarded = Monto adjudicado
programme-page-disbursed = Monto desembolsado
programme-page-completed = Terminados
programme-page-terminated = Rescindidos
programme-page-not-published = Resultados aún no publicados
programme-page-chart-counts-title = Postulaciones y selecciones por ciclo
programme-page-chart-money-title = Monto adjudicado y desembolsado por ciclo ({ $currency })
programme-page-indicators-heading = Indicadores por ciclo
programme-page-indicators-none = Ningún ciclo con resultados publicados tiene indicadores todavía.
programme-page-indicator = Indicador
programme-page-indicator-target = Metas
programme-page-indicator-reached = Alcanzado
programme-page-regions-heading = Regiones a lo largo de los ciclos
programme-page-regions-intro = Qué subdivisiones se postularon, y fueron seleccionadas, en cada ciclo; también se listan las nunca alcanzadas.
programme-page-never-reached = Nunca alcanzadas: { $count } de { $total } subdivisiones.
programme-page-region = Subdivisión
programme-page-region-cell = { $applications } postuladas, { $selected } seleccionadas
programme-page-region-none = Ninguna
programme-page-region-unnamed = Sin subdivisión indicada
programme-page-not-reached = Nunca alcanzada
call-programme-cycles = Todos los ciclos de este programa

## Intercambios entre pares

exchanges-link = Intercambios entre los proyectos financiados
exchanges-heading = Intercambios entre pares
exchanges-intro = Reúna a los equipos de los proyectos financiados para que aprendan unos de otros. Los equipos invitados reciben un aviso y registran quién asiste; una vez celebrado el intercambio, registre sus resultados: entonces aparece en la página pública del programa.
exchanges-list-heading = Intercambios de este programa
exchanges-none = Todavía no se ha organizado ningún intercambio.
exchange-title = Título
exchange-starts-at = Fecha y hora
exchange-starts-at-hint = En la zona horaria indicada abajo.
exchange-time-zone = Zona horaria
exchange-time-zone-hint = Una zona horaria IANA, por ejemplo America/Argentina/Buenos_Aires o Europe/Madrid.
exchange-place = Lugar
exchange-place-hint = Dónde se celebra; déjelo vacío si es solo en línea.
exchange-online-link = Enlace en línea
exchange-online = Unirse en línea
exchange-agenda = Agenda
exchange-invited = Proyectos invitados
exchange-new-heading = Organizar un intercambio
exchange-no-projects = Este programa aún no tiene proyectos financiados que invitar.
exchange-create = Organizar el intercambio
exchange-edit-heading = Modificar el intercambio
exchange-save = Guardar el intercambio
exchange-outcome-heading = Resultados
exchange-outcome-recorded = Registrados
exchange-outcome-pending = Aún no registrados
exchange-outcome-notes = Lo aprendido
exchange-outcome-attended = Participaron
exchange-outcome-documents = Documentos
exchange-outcome-documents-hint = Uno por línea: un título, una barra vertical y la dirección, por ejemplo «Presentación | https://example.org/presentacion.pdf».
exchange-outcome-save = Registrar los resultados
exchange-outcome-not-yet = Los resultados pueden registrarse una vez comenzado el intercambio.
exchange-registered-heading = Quién asiste
exchange-attendees = Personas que asisten
exchange-attendees-hint = Un nombre por línea; puede cambiar la lista hasta que termine el día del intercambio.
exchange-no-one-registered = Todavía nadie se ha registrado.
exchange-attended-yes = Sí
exchange-attended-no = No
exchange-project-heading = Intercambios entre pares
exchange-project-intro = Intercambios entre proyectos financiados a los que está invitado su proyecto.
exchange-attendance-save = Guardar quién asiste
exchange-attendance-closed = El registro está cerrado.
exchange-attendance-heading = Quién asiste al intercambio
exchange-back-to-project = Volver al proyecto
exchange-public-heading = Intercambios entre pares
exchange-public-none = Todavía no se ha registrado ningún intercambio entre pares.
exchange-public-invited = Invitados:
exchange-public-attended = Participaron:
exchange-public-attended-none = ninguna de las organizaciones invitadas
flash-exchange-organised = Se organizó el intercambio y se avisó a los equipos invitados.
flash-exchange-saved = Se guardó el intercambio.
flash-exchange-outcome-recorded = Se registraron los resultados; el intercambio ya es público.
flash-exchange-attendance-saved = Se guardó su lista de asistentes.
error-link-invalid = Escriba una dirección web que empiece por https:// o http://.
error-exchange-place-or-link = Indique un lugar, un enlace en línea o ambos.
error-exchange-invite-someone = Invite al menos a un proyecto financiado.
error-exchange-project-not-in-programme = Solo pueden invitarse proyectos financiados de las convocatorias de este programa.
error-exchange-outcome-recorded = Los resultados de este intercambio ya están registrados; ya no puede modificarse.
error-exchange-over = Este intercambio ha terminado; la lista de asistentes ya no puede cambiarse.
error-exchange-not-held-yet = El intercambio aún no ha comenzado; registre sus resultados después.
error-exchange-attended-not-invited = Solo pueden haber participado proyectos invitados.
notification-kind-exchange-invited = Invitaciones a intercambios entre pares
email-exchange-invited-subject = «{ $project }» está invitado a un intercambio entre pares: { $exchange }
email-exchange-invited-body =
    El programa invita al equipo de «{ $project }» al intercambio entre pares «{ $exchange }», el { $starts_at } ({ $place }).

    En la página del proyecto puede leer la agenda y registrar quién de su organización asistirá.

## Aprender entre pilotos: lecciones aprendidas y replicación
learning-heading = Aprender entre pilotos
lessons-heading = Lecciones aprendidas
lessons-legend = Lecciones aprendidas
lessons-hint = El informe final comparte lo que aprendió este piloto, para que otros gobiernos locales puedan copiarlo. Todas las partes son obligatorias; las lecciones se hacen públicas cuando se acepta el informe.
lessons-what-worked = Qué funcionó
lessons-what-did-not = Qué no funcionó
lessons-to-replicate = Qué necesita otro gobierno local para copiarlo
lessons-contact = Contacto
lessons-contact-hint = Un nombre y un correo electrónico, o un cargo, a quien otros puedan consultar.
lessons-unpublished = Solo el equipo del proyecto y la gestión ven estas lecciones hasta que se acepte el informe final.
lessons-published-on = Publicadas el { $date }
lessons-none = Aún no se publicaron lecciones: llegan con el informe final aceptado.
replication-heading = Replicación
replication-field = Replica un proyecto anterior
replication-hint = Opcional: un proyecto financiado de la cartera pública que esta postulación o este proyecto copia.
replication-replicates = Replica:
replication-none = Ningún proyecto posterior replica este todavía.
replication-count = { $count ->
    [one] 1 proyecto posterior replica este:
   *[other] { $count } proyectos posteriores replican este:
}
replication-save = Guardar el vínculo
flash-project-replicates-set = Se guardó el vínculo de replicación.
error-replication-not-public = Elija un proyecto financiado de la cartera pública.
error-replication-self = Un proyecto no puede replicarse a sí mismo.
error-replication-later = Elija un proyecto financiado antes que este.
portfolio-replications = Replicaciones
portfolio-open-data-lessons = Lecciones aprendidas (CSV)
programme-page-learning-heading = Aprendizaje por ciclo
programme-page-learning-intro = Intercambios entre pares realizados con los proyectos de cada ciclo, las lecciones publicadas en sus informes finales y cuántos de sus proyectos replican uno anterior.
programme-page-exchanges-held = Intercambios realizados
programme-page-lessons-published = Lecciones publicadas
programme-page-replications = Réplicas
programme-page-cycle-number = Ciclo { $number }
error-benchmark-criterion-unknown = La convocatoria no tiene criterio { $position }.
call-part-selection-mode = la modalidad de selección
call-part-benchmark = el estándar de referencia
selection-reason-benchmark = Seleccionada: cumple el estándar de referencia.
selection-reason-below-benchmark = No seleccionada: no cumple el estándar de referencia.
selection-reason-enrolled = Admitida: declarada elegible.
results-page-selection-mode = Tipo de convocatoria
call-selection-mode-competitive = Competitiva: clasificación dentro del presupuesto y los cupos
call-selection-mode-benchmark = Por estándar: se reconoce toda postulación que lo cumple
call-selection-mode-enrolment = Por adhesión: se admite a todo postulante elegible
results-page-level = Nivel
results-page-criterion-met = cumplido
results-page-criterion-not-met = no cumplido
portfolio-open-data-commitments-csv = Compromisos de los planes de acción (CSV)
portfolio-open-data-commitments-json = Compromisos de los planes de acción (JSON)
error-commitment-unknown = Elija una vez un compromiso del plan de acción de este proyecto.
error-completion-unknown = Elija una valoración: no iniciado, limitado, sustancial o completo.
error-commitment-unrated = Valore el avance del compromiso «{ $commitment }».
error-ogp-value-unknown = Elija un valor: transparencia, participación, rendición de cuentas o inclusión.
error-plan-adopted = El concejo aprobó el plan de acción; sus compromisos ya no pueden cambiar.
error-adoption-of-commitment = La aprobación del concejo corresponde a todo el plan de acción, no a un compromiso.
error-adoption-exists = Este proyecto ya tiene su hito de aprobación por el concejo.
commitment-heading = Plan de acción
commitment-plan-adopted = Aprobado por el concejo
commitment-plan-not-adopted = Aún no aprobado por el concejo
commitment-none = Todavía no hay compromisos.
commitment-field-title = Compromiso
commitment-field-problem = Problema que aborda
commitment-field-value = Valor de gobierno abierto
commitment-field-lead = Institución responsable
commitment-completion = Avance
commitment-not-rated = Aún sin valorar
commitment-completion-in-report = { $rating } (informe { $number })
commitment-value-transparency = Transparencia
commitment-value-participation = Participación
commitment-value-accountability = Rendición de cuentas
commitment-value-inclusion = Inclusión
commitment-completion-not-started = No iniciado
commitment-completion-limited = Limitado
commitment-completion-substantial = Sustancial
commitment-completion-complete = Completo
commitment-add-heading = Añadir un compromiso
commitment-add = Añadir el compromiso
commitment-rating-of = Avance de «{ $title }»
commitment-ratings-legend = Avance de cada compromiso
commitment-milestone-of = Compromiso al que pertenece
commitment-milestone-adoption = Aprobación del plan de acción por el concejo
commitment-milestone-adoption-hint = Márquelo en el hito que registra la aprobación del concejo; su evidencia es la resolución del concejo.
flash-project-commitment-added = Se añadió el compromiso.
editor-selection-mode = Modo de selección
editor-selection-mode-hint = Las convocatorias competitivas ordenan y seleccionan dentro del presupuesto y los cupos; las de estándar reconocen toda postulación que lo cumple (sus criterios centrales y niveles se fijan por la API); las de adhesión admiten a todo postulante elegible. Queda fijo al abrir la convocatoria.
editor-selection-mode-frozen = Modo de selección (fijo desde la apertura): { $mode }

## Convocatorias abiertas: sin fecha límite, cada postulación decidida al llegar
error-rolling-competitive = Una convocatoria competitiva ordena todas las postulaciones juntas, por lo que necesita una fecha límite: solo las convocatorias por estándar y por adhesión pueden ser permanentes.
error-rolling-one-by-one = Esta convocatoria es permanente: sus postulaciones se deciden una por una, no todas a la vez.
error-rolling-only = Solo una postulación de una convocatoria permanente se decide por separado.
error-rolling-not-screened = Solo una postulación declarada admisible y aún no decidida puede decidirse ahora.
error-rolling-already-decided = Esta postulación ya fue decidida; la decisión es definitiva.
call-rolling-no-deadline = Sin fecha límite: abierta hasta que el programa la cierre
editor-rolling = Admisión permanente
editor-rolling-hint = Solo convocatorias por estándar y por adhesión. La convocatoria no tiene fecha límite: sigue abierta hasta que usted la cierre, y cada postulación se decide y publica en cuanto se declara admisible (y, en una convocatoria por estándar, se evalúa).
editor-rolling-frozen = Esta convocatoria es permanente: no tiene fecha límite, y cada postulación se decide al llegar.
application-rolling-heading = Decidir esta postulación
application-rolling-intro = Esta convocatoria es permanente: usted decide cada postulación por separado en cuanto se declara admisible. Decide la regla de la convocatoria (admitida en una convocatoria por adhesión; reconocida si sus evaluaciones alcanzan el estándar), salvo que la modifique en el tablero de selección. La decisión es definitiva y se publica de inmediato, y una postulación admitida se convierte en proyecto.
application-rolling-decide = Decidir y publicar
flash-application-decided = La postulación está decidida y la decisión está publicada.
call-joined-heading = Quiénes se sumaron
call-joined-intro = Esta convocatoria admite gobiernos locales a medida que postulan. Cada uno de esta lista fue admitido o reconocido; la lista crece con cada decisión.
call-joined-none = Todavía no se sumó nadie.
call-joined-organisation = Gobierno local
call-joined-place = Región
call-joined-level = Nivel
call-joined-date = Fecha de incorporación
call-joined-results = Todas las decisiones, con sus motivos

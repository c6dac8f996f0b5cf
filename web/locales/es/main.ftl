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
error-organisation-not-found = Ninguna organización tiene el identificador o código oficial «{ $value }».
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
calls-intro = Convocatorias publicadas por programas nacionales para gobiernos locales. Abra una convocatoria para saber quién puede presentarse, cómo se puntúan las solicitudes y cuál es el plazo.
calls-filters-label = Filtrar convocatorias
calls-filter-programme = Programa
calls-filter-country = Código de país
calls-filter-country-hint = El país del programa, por ejemplo TN.
calls-filter-status = Estado
calls-filter-upcoming = Próximamente abiertas
calls-filter-open = Abiertas a solicitudes
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
call-status-open = Abierta a solicitudes
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
call-apply = Presentar una solicitud
call-edit-link = Editar esta convocatoria
call-description-heading = Sobre esta convocatoria
call-rules-heading = Quién puede presentarse
call-rules-none = Esta convocatoria no fija requisitos de elegibilidad.
call-criteria-heading = Criterios de selección
call-criteria-intro = El comité puntúa cada solicitud elegible en cada criterio. Las ponderaciones indican cuánto cuenta cada criterio en la puntuación total, sobre 100.
call-criteria-none = Todavía no hay criterios.
call-criterion-position = N.º
call-criterion-title = Criterio
call-criterion-weight = Ponderación
call-criterion-share = { $share } % del total
call-criterion-max-score = Puntuación máxima
call-criterion-min-score = Mínimo para calificar
call-criterion-no-minimum = Ninguno
call-criterion-guidance = Qué valoran los evaluadores
call-questions-heading = Preguntas del formulario de solicitud
call-questions-none = El formulario de solicitud no incluye preguntas adicionales.
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
rule-applicant-kinds = Los solicitantes deben ser: { $kinds }.
rule-population = La población del solicitante debe ser { $range }.
rule-location = Los solicitantes deben estar situados en: { $places }.
rule-prerequisites = Los solicitantes deben tener registrado: { $required }.
rule-consortium = La solicitud debe venir de un consorcio con { $minimums }.
rule-consortium-minimum = { $kind } (al menos { $minimum })
rule-requested-amount = El importe solicitado debe ser { $range }.
rule-cofunding = La cofinanciación debe ser de al menos el { $share } % del presupuesto total del proyecto.

## Gestores: convocatorias
manage-calls-title = Gestionar convocatorias
manage-calls-heading = Gestionar convocatorias
manage-calls-new-heading = Nueva convocatoria
manage-calls-new-intro = Una convocatoria nueva empieza como borrador que solo ven los gestores. Añada sus criterios, requisitos y preguntas en el editor y después ábrala.
manage-calls-no-programme = Cree primero un programa: toda convocatoria pertenece a uno.
manage-calls-create = Crear el borrador
editor-programme = Programa
editor-code = Código de referencia
editor-code-hint = De 2 a 12 letras o cifras, usado en los números de solicitud: TUN da TUN-2027-0007.
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
editor-min-reviews = Evaluaciones por solicitud
editor-min-reviews-hint = Cuántas evaluaciones necesita una solicitud antes de poder clasificarse.
editor-min-total-score = Puntuación total mínima (opcional)
editor-min-total-score-hint = De 0 a 100. Las solicitudes por debajo no se financian.
editor-tie-break = Orden de desempate (opcional)
editor-tie-break-hint = Números de los criterios que deshacen los empates, en orden, por ejemplo «1, 3».
editor-quotas = Subvenciones por región (opcional)
editor-quotas-hint = Una región por línea: su código ISO 3166-2, el número mínimo y máximo de subvenciones, por ejemplo «TN-42 1 3». Escriba «-» para no poner límite.
editor-reporting-cadence = Meses entre informes de avance (opcional)
editor-reporting-cadence-hint = Déjelo vacío para usar el valor por defecto del programa.
editor-public-page = Ver la página pública
editor-frozen-notice = Esta convocatoria está abierta: sus criterios, ponderaciones, preguntas y requisitos de elegibilidad están congelados, para que cada solicitante sea juzgado por las reglas que leyó.
call-part-criteria = los criterios
call-part-questions = las preguntas
call-part-eligibility-rules = los requisitos de elegibilidad
call-part-code = el código de referencia
call-part-opens-at = la fecha de apertura
call-part-total-budget = el presupuesto total
call-part-min-award = la subvención mínima
call-part-max-award = la subvención máxima
call-part-max-awards = el número de subvenciones
call-part-min-reviews = las evaluaciones por solicitud
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
editor-rules-intro = Rellene solo los requisitos que necesita esta convocatoria; una parte vacía no fija ningún requisito. Los solicitantes ven cada requisito en palabras sencillas y si lo cumplen.
editor-rules-hidden = Esta convocatoria tiene más requisitos de un mismo tipo de los que este formulario puede mostrar. Al guardar el formulario se sustituyen por lo que se muestra aquí.
editor-rules-save = Guardar los requisitos
editor-rule-kinds = Los solicitantes deben ser
editor-rule-population-min = Población mínima
editor-rule-population-max = Población máxima
editor-rule-countries = Países
editor-rule-countries-hint = Códigos ISO de país separados por comas, por ejemplo TN, AR.
editor-rule-subdivisions = Regiones
editor-rule-subdivisions-hint = Códigos ISO 3166-2 separados por comas, por ejemplo TN-11, AR-B.
editor-rule-prerequisites = Requisitos previos exigidos
editor-rule-no-prerequisites = El programa todavía no define requisitos previos. Defínalos en la página del programa:
editor-rule-consortium = Consorcio
editor-rule-consortium-hint = El número mínimo de miembros de cada tipo, incluido el solicitante principal. Déjelo vacío si no hay mínimo.
editor-rule-consortium-kind = { $kind }: al menos
editor-rule-amount = El importe solicitado debe estar dentro de los límites de subvención
editor-rule-amount-hint = Actualmente { $range }. Guarde de nuevo los requisitos después de cambiar los límites.
editor-rule-cofunding = Cofinanciación mínima (%)
editor-rule-cofunding-hint = La parte del presupuesto total del proyecto que debe financiar el solicitante, de 0 a 100.
editor-questions-heading = Preguntas del formulario de solicitud
editor-questions-intro = Preguntas que responde cada solicitante además de las habituales. Rellene un bloque vacío para añadir una pregunta.
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
editor-confirm-open-heading = ¿Abrir «{ $title }» a las solicitudes?
editor-confirm-close-heading = ¿Cerrar «{ $title }»?
editor-confirm-start-review-heading = ¿Iniciar la evaluación de «{ $title }»?
editor-confirm-open-frozen = Una vez abierta, los criterios, las ponderaciones, las preguntas y los requisitos de elegibilidad quedan congelados: ya no pueden cambiar, para que cada solicitante sea juzgado por las reglas que leyó.
editor-confirm-open-public = La convocatoria pasa a ser pública. Se aceptan solicitudes desde el { $opens } hasta el { $deadline }.
editor-confirm-open-details = El presupuesto, los límites de subvención, las plazas, los umbrales, el orden de desempate y las cuotas regionales también quedan congelados; el título, la descripción, el plazo y la zona horaria aún pueden cambiar.
editor-confirm-close-early = No se aceptarán más solicitudes, aunque el plazo ({ $deadline }) quizá no haya vencido todavía.
editor-confirm-start-review-committee = El comité de selección empieza a puntuar las solicitudes.
editor-confirm-final = Esta acción no se puede deshacer.
editor-confirm-cancel = Cancelar
editor-confirm-back = Volver a la convocatoria
editor-clone-heading = Siguiente ciclo
editor-clone-intro = Empiece la siguiente edición de esta convocatoria: un borrador nuevo con los mismos datos, criterios, preguntas, requisitos e indicadores, y las fechas siguientes.
editor-clone-submit = Crear el siguiente ciclo

## Gestores: programas
programmes-title = Programas
programmes-heading = Programas
programmes-intro = Programas nacionales y sus convocatorias. Cada programa pertenece a una agencia nacional y tiene una moneda para todos sus importes.
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
prerequisite-import-columns = La organización es su identificador o su código oficial; el requisito previo, su nombre tal como se definió arriba; las fechas se escriben AAAA-MM-DD.
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
error-money-zero = El importe debe ser mayor que cero.
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
apply-title = Postular a «{ $call }»
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
application-partner-remove-named = Quitar { $name }
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
application-attachment-remove-named = Quitar { $name }
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
committee-share-fail = { $sector }: { $count } de { $total } miembros con voto, por debajo del mínimo de { $min_percent } %.
sector-government = Gobierno
sector-civil-society = Sociedad civil
sector-academia = Academia
sector-private = Sector privado
sector-local-government-association = Asociación de gobiernos locales
sector-international = Organización internacional

## Conflicts, assignments and reviews (domain messages)
error-conflict-kind-unknown = Tipo de conflicto desconocido «{ $value }»; elija institucional, personal, financiero u otro.
error-conflict-note-required = Indique cuál es el interés.
error-conflict-exists = Ya hay un conflicto registrado para usted en esta solicitud.
error-conflict-own = No puede decidir sobre su propio conflicto; decide un gestor o la presidencia.
error-conflict-decision-unknown = Decisión desconocida «{ $value }»; confirmar o dispensar.
error-conflict-reason-required = Indique el motivo de la decisión; queda registrado en el historial de auditoría.
error-conflict-automatic = Este conflicto se debe a que la organización del miembro participa en la solicitud; no puede dispensarse.
error-assignment-call-state = Las asignaciones se hacen después del cierre de la convocatoria y antes de la decisión.
error-assignment-application-unknown = Esta solicitud no pertenece a la convocatoria.
error-assignment-not-eligible = Solo se evalúan las solicitudes declaradas admisibles.
error-assignment-not-member = Esta persona no forma parte del comité de la convocatoria.
error-assignment-observer = Los observadores no puntúan, así que no se les asignan solicitudes.
error-assignment-conflicted = Este miembro tiene un conflicto de interés en la solicitud.
error-assignment-duplicate = Este miembro ya está asignado a la solicitud.
error-assignment-reviewed = Este miembro ya envió su evaluación; la asignación se mantiene.
error-review-observer = Los observadores no puntúan solicitudes.
error-review-not-assigned = No tiene asignada la evaluación de esta solicitud.
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
review-page-scale = Peso { $weight } ({ $share } % del total). Puntaje de 0 a { $max }.
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
committee-page-remove-named = Quitar a { $name } del comité
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
reviewing-page-remind-named = Enviar un recordatorio a { $name }
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

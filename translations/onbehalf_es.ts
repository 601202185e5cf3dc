<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ApiError</name>
    <message>
        <source>The username or password is not right. Check them and try again.</source>
        <translation>El nombre de usuario o la contraseña no son correctos. Revíselos e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>Introduzca su nombre de usuario y su contraseña.</translation>
    </message>
    <message>
        <source>This account has been switched off. Ask your supervisor to reactivate it.</source>
        <translation>Esta cuenta está desactivada. Pida a su supervisor que la vuelva a activar.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked for a while. Try again later or ask your supervisor.</source>
        <translation>Demasiadas contraseñas incorrectas: esta cuenta está bloqueada durante un tiempo. Inténtelo más tarde o consulte a su supervisor.</translation>
    </message>
    <message>
        <source>This marketplace does not know the Client ID. Check the Client ID with your administrator.</source>
        <translation>Este marketplace no reconoce el ID de cliente. Compruebe el ID de cliente con su administrador.</translation>
    </message>
    <message>
        <source>Your account may not sign in through this application (Client ID).</source>
        <translation>Su cuenta no puede iniciar sesión a través de esta aplicación (ID de cliente).</translation>
    </message>
    <message>
        <source>Your account does not have the roles this desk needs.</source>
        <translation>Su cuenta no tiene los roles que necesita este puesto de atención.</translation>
    </message>
    <message>
        <source>Your saved sign-in has expired. Please sign in again.</source>
        <translation>Su inicio de sesión guardado ha caducado. Vuelva a iniciar sesión, por favor.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Please sign in again.</source>
        <translation>Su sesión ha caducado. Vuelva a iniciar sesión, por favor.</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation>Su cuenta no tiene permiso para hacer esto.</translation>
    </message>
    <message>
        <source>No impersonation rule lets you act for this user.</source>
        <translation>Ninguna regla de representación le permite actuar en nombre de este usuario.</translation>
    </message>
    <message>
        <source>No impersonation rule lets you act for %1 users.</source>
        <translation>Ninguna regla de representación le permite actuar en nombre de usuarios de %1.</translation>
    </message>
    <message>
        <source>This user&apos;s account is switched off, so nobody can act for them.</source>
        <translation>La cuenta de este usuario está desactivada, así que nadie puede actuar en su nombre.</translation>
    </message>
    <message>
        <source>The impersonation rule grants none of the roles needed to shop for this user.</source>
        <translation>La regla de representación no concede ninguno de los roles necesarios para comprar en nombre de este usuario.</translation>
    </message>
    <message>
        <source>This session has already ended.</source>
        <translation>Esta sesión ya ha finalizado.</translation>
    </message>
    <message>
        <source>The reason is too long (500 characters at most).</source>
        <translation>El motivo es demasiado largo (500 caracteres como máximo).</translation>
    </message>
    <message>
        <source>That is more than can be ordered at once (at most %1).</source>
        <translation>Es más de lo que se puede pedir de una vez (como máximo %1).</translation>
    </message>
    <message>
        <source>That is less than the minimum order quantity (at least %1).</source>
        <translation>Es menos que la cantidad mínima de pedido (al menos %1).</translation>
    </message>
    <message>
        <source>The quantity must be at least 1.</source>
        <translation>La cantidad debe ser al menos 1.</translation>
    </message>
    <message>
        <source>The cart is empty: add a product before submitting.</source>
        <translation>El carrito está vacío: añada un producto antes de enviarlo.</translation>
    </message>
    <message>
        <source>This order has already been submitted.</source>
        <translation>Este pedido ya se ha enviado.</translation>
    </message>
    <message>
        <source>This order has been submitted and can no longer be changed.</source>
        <translation>Este pedido ya se ha enviado y no se puede modificar.</translation>
    </message>
    <message>
        <source>That no longer exists on the marketplace.</source>
        <translation>Eso ya no existe en el marketplace.</translation>
    </message>
    <message>
        <source>%1 %2 was not found on the marketplace.</source>
        <translation>No se encontró %1 %2 en el marketplace.</translation>
    </message>
    <message>
        <source>The marketplace does not offer this (not found).</source>
        <translation>El marketplace no ofrece esto (no encontrado).</translation>
    </message>
    <message>
        <source>The marketplace is busy. Wait a moment and try again.</source>
        <translation>El marketplace está ocupado. Espere un momento e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The marketplace had a problem (error %1). Try again in a moment.</source>
        <translation>El marketplace ha tenido un problema (error %1). Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The marketplace refused the request (error %1).</source>
        <translation>El marketplace ha rechazado la solicitud (error %1).</translation>
    </message>
    <message>
        <source>The marketplace cannot be reached. Check the address and your network connection.</source>
        <translation>No se puede acceder al marketplace. Compruebe la dirección y su conexión de red.</translation>
    </message>
    <message>
        <source>The marketplace is not answering in time. Nothing was lost; try again.</source>
        <translation>El marketplace no responde a tiempo. No se ha perdido nada; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The marketplace&apos;s security certificate is not trusted, so the connection was stopped.</source>
        <translation>El certificado de seguridad del marketplace no es de confianza, así que se ha detenido la conexión.</translation>
    </message>
    <message>
        <source>The marketplace sent an answer this desk does not understand.</source>
        <translation>El marketplace ha enviado una respuesta que este puesto de atención no entiende.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Checked when you start a session.</source>
        <translation>Se comprueba al comenzar una sesión.</translation>
    </message>
    <message>
        <source>The marketplace&apos;s answer is larger than %1, so the desk stopped reading it. Try a narrower search, or ask your administrator to check the marketplace.</source>
        <translation>La respuesta del marketplace supera %1, así que este puesto de atención dejó de leerla. Pruebe una búsqueda más concreta o pida a su administrador que revise el marketplace.</translation>
    </message>
    <message>
        <source>A supervisor must co-sign this order before it can be submitted.</source>
        <translation>Un supervisor debe refrendar este pedido antes de que se pueda enviar.</translation>
    </message>
    <message>
        <source>A supervisor declined this order.</source>
        <translation>Un supervisor ha rechazado este pedido.</translation>
    </message>
    <message>
        <source>A supervisor declined this order: %1</source>
        <translation>Un supervisor ha rechazado este pedido: %1</translation>
    </message>
    <message>
        <source>Verify the caller first: orders can be placed once the verification is recorded.</source>
        <translation>Verifique primero a quien llama: se podrán hacer pedidos en cuanto se registre la verificación.</translation>
    </message>
</context>
<context>
    <name>HistoryFormat</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Ended by agent</source>
        <translation>Finalizada por el agente</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Inactivity</source>
        <translation>Inactividad</translation>
    </message>
    <message>
        <source>Agent signed out</source>
        <translation>El agente cerró la sesión</translation>
    </message>
    <message>
        <source>Ended after a restart</source>
        <translation>Finalizada tras un reinicio</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <source>Deleted</source>
        <comment>order status</comment>
        <translation>Eliminado</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Onbehalf</source>
        <translation>Onbehalf</translation>
    </message>
    <message>
        <source>Keychain warning</source>
        <translation>Aviso del llavero</translation>
    </message>
    <message>
        <source>Search buyer users by name, username, email or ID (Ctrl+F)</source>
        <translation>Buscar usuarios compradores por nombre, nombre de usuario, correo electrónico o ID (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search buyer users</source>
        <translation>Buscar usuarios compradores</translation>
    </message>
    <message>
        <source>Results update as you type</source>
        <translation>Los resultados se actualizan mientras escribe</translation>
    </message>
    <message>
        <source>Buyer filter</source>
        <translation>Filtro de comprador</translation>
    </message>
    <message>
        <source>&amp;Active only</source>
        <translation>Solo ac&amp;tivos</translation>
    </message>
    <message>
        <source>Active users only</source>
        <translation>Solo usuarios activos</translation>
    </message>
    <message>
        <source>Buyer users</source>
        <translation>Usuarios compradores</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Estado de la búsqueda</translation>
    </message>
    <message>
        <source>Buyer user</source>
        <translation>Usuario comprador</translation>
    </message>
    <message>
        <source>Selected buyer user</source>
        <translation>Usuario comprador seleccionado</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Buyer company:</source>
        <translation>Empresa compradora:</translation>
    </message>
    <message>
        <source>Buyer company</source>
        <translation>Empresa compradora</translation>
    </message>
    <message>
        <source>Business units:</source>
        <translation>Unidades de negocio:</translation>
    </message>
    <message>
        <source>Business units</source>
        <translation>Unidades de negocio</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <source>Account state</source>
        <translation>Estado de la cuenta</translation>
    </message>
    <message>
        <source>Act for this user:</source>
        <translation>Actuar en nombre de este usuario:</translation>
    </message>
    <message>
        <source>Impersonation allowed</source>
        <translation>Representación permitida</translation>
    </message>
    <message>
        <source>Recent orders</source>
        <translation>Pedidos recientes</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Find buyer user</source>
        <translation>&amp;Buscar usuario comprador</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>User ID:</source>
        <translation>ID de usuario:</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID de usuario</translation>
    </message>
    <message>
        <source>Re&amp;cent orders</source>
        <translation>Pe&amp;didos recientes</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Direcciones</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Uso</translation>
    </message>
</context>
<context>
    <name>OrderStatusText</name>
    <message>
        <source>Not submitted</source>
        <comment>order status</comment>
        <translation>Sin enviar</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <comment>order status</comment>
        <translation>Pendiente de aprobación</translation>
    </message>
    <message>
        <source>Declined</source>
        <comment>order status</comment>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>order status</comment>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>order status</comment>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Canceled</source>
        <comment>order status</comment>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>approving groups of a buyer company</comment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Awaiting approval by %1</source>
        <comment>order status</comment>
        <translation>Pendiente de aprobación por %1</translation>
    </message>
    <message>
        <source>Declined: %1</source>
        <comment>order status with the approver&apos;s comment</comment>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>Approved — %1</source>
        <comment>order status of an approved order</comment>
        <translation>Aprobado — %1</translation>
    </message>
    <message>
        <source>Submitted — waiting for approval by %1</source>
        <translation>Enviado — pendiente de aprobación por %1</translation>
    </message>
    <message>
        <source>Submitted — waiting for approval</source>
        <translation>Enviado — pendiente de aprobación</translation>
    </message>
    <message>
        <source>Declined: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <source>Submitted — the marketplace says: %1</source>
        <translation>Enviado — el marketplace indica: %1</translation>
    </message>
</context>
<context>
    <name>OrdersTab</name>
    <message>
        <source>Order ID starts with…</source>
        <translation>El ID del pedido empieza por…</translation>
    </message>
    <message>
        <source>Find an order by ID</source>
        <translation>Buscar un pedido por ID</translation>
    </message>
    <message>
        <source>Orders placed on behalf of buyers</source>
        <translation>Pedidos realizados en nombre de compradores</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Comprador</translation>
    </message>
    <message>
        <source>Buyer user</source>
        <translation>Usuario comprador</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Número de caso</translation>
    </message>
    <message>
        <source>Order list status</source>
        <translation>Estado de la lista de pedidos</translation>
    </message>
    <message>
        <source>Show the session the selected order was placed in</source>
        <translation>Mostrar la sesión en la que se realizó el pedido seleccionado</translation>
    </message>
    <message>
        <source>Show sessio&amp;n</source>
        <translation>Mostrar la s&amp;esión</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>zero</source>
        <translation>cero</translation>
    </message>
    <message>
        <source>one</source>
        <translation>uno</translation>
    </message>
    <message>
        <source>two</source>
        <translation>dos</translation>
    </message>
    <message>
        <source>three</source>
        <translation>tres</translation>
    </message>
    <message>
        <source>four</source>
        <translation>cuatro</translation>
    </message>
    <message>
        <source>five</source>
        <translation>cinco</translation>
    </message>
    <message>
        <source>six</source>
        <translation>seis</translation>
    </message>
    <message>
        <source>seven</source>
        <translation>siete</translation>
    </message>
    <message>
        <source>eight</source>
        <translation>ocho</translation>
    </message>
    <message>
        <source>nine</source>
        <translation>nueve</translation>
    </message>
    <message>
        <source>dash</source>
        <translation>guion</translation>
    </message>
    <message>
        <source>underscore</source>
        <translation>guion bajo</translation>
    </message>
    <message>
        <source>dot</source>
        <translation>punto</translation>
    </message>
    <message>
        <source>capital %1</source>
        <translation>%1 mayúscula</translation>
    </message>
    <message>
        <source>lower-case %1</source>
        <translation>%1 minúscula</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between spelled characters</comment>
        <translation>, </translation>
    </message>
    <message>
        <source> · </source>
        <comment>between spelled groups</comment>
        <translation> · </translation>
    </message>
</context>
<context>
    <name>ScreenPopRequest</name>
    <message>
        <source>There is nothing to search for.</source>
        <translation>No hay nada que buscar.</translation>
    </message>
    <message>
        <source>The search text is longer than %1 characters.</source>
        <translation>El texto de búsqueda tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>The search text contains control characters.</source>
        <translation>El texto de búsqueda contiene caracteres de control.</translation>
    </message>
    <message>
        <source>“%1” is not an onbehalf: link.</source>
        <translation>«%1» no es un enlace onbehalf:.</translation>
    </message>
    <message>
        <source>The link asks for “%1”; Onbehalf only understands onbehalf:find?….</source>
        <translation>El enlace pide «%1»; Onbehalf solo entiende onbehalf:find?….</translation>
    </message>
    <message>
        <source>The link must name exactly one of phone, email, username, id or q.</source>
        <translation>El enlace debe indicar exactamente uno de phone, email, username, id o q.</translation>
    </message>
    <message>
        <source>The link asks to find by “%1”; use phone, email, username, id or q.</source>
        <translation>El enlace busca por «%1»; use phone, email, username, id o q.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number (at least %2 digits).</source>
        <translation>«%1» no es un número de teléfono (al menos %2 dígitos).</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>«%1» no es una dirección de correo electrónico.</translation>
    </message>
</context>
<context>
    <name>SessionDetailPane</name>
    <message>
        <source>Selected session</source>
        <translation>Sesión seleccionada</translation>
    </message>
    <message>
        <source>Selected session status</source>
        <translation>Estado de la sesión seleccionada</translation>
    </message>
    <message>
        <source>Session record</source>
        <translation>Registro de la sesión</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Session timeline</source>
        <translation>Cronología de la sesión</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Orders placed in this session</source>
        <translation>Pedidos realizados en esta sesión</translation>
    </message>
    <message>
        <source>Orders of the session and their line items</source>
        <translation>Pedidos de la sesión y sus líneas</translation>
    </message>
    <message>
        <source>Order / product</source>
        <translation>Pedido / producto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Show in order &amp;list</source>
        <translation>Mostrar en la &amp;lista de pedidos</translation>
    </message>
    <message>
        <source>Show the selected order in the order list</source>
        <translation>Mostrar el pedido seleccionado en la lista de pedidos</translation>
    </message>
</context>
<context>
    <name>SessionHistoryWindow</name>
    <message>
        <source>Session history</source>
        <translation>Historial de sesiones</translation>
    </message>
    <message>
        <source>Sessions shown</source>
        <translation>Sesiones mostradas</translation>
    </message>
    <message>
        <source>Local journal notice</source>
        <translation>Aviso del registro local</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>&amp;Agente:</translation>
    </message>
    <message>
        <source>Agent filter</source>
        <translation>Filtro de agente</translation>
    </message>
    <message>
        <source>An agent&apos;s username; * matches any text</source>
        <translation>Nombre de usuario de un agente; * coincide con cualquier texto</translation>
    </message>
    <message>
        <source>&amp;Buyer:</source>
        <translation>&amp;Comprador:</translation>
    </message>
    <message>
        <source>Buyer filter</source>
        <translation>Filtro de comprador</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Username starts with…</source>
        <translation>El nombre de usuario empieza por…</translation>
    </message>
    <message>
        <source>Buyer user filter</source>
        <translation>Filtro de usuario comprador</translation>
    </message>
    <message>
        <source>S&amp;tarted:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Intervalo de fechas</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Acti&amp;ve only</source>
        <translation>Solo ac&amp;tivas</translation>
    </message>
    <message>
        <source>Active sessions only</source>
        <translation>Solo sesiones activas</translation>
    </message>
    <message>
        <source>Search reason, case number or username (Ctrl+F)</source>
        <translation>Buscar motivo, número de caso o nombre de usuario (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation>Buscar sesiones</translation>
    </message>
    <message>
        <source>Matches the reason, the case number, the buyer user and the agent</source>
        <translation>Busca en el motivo, el número de caso, el usuario comprador y el agente</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>Load the list again (F5)</source>
        <translation>Volver a cargar la lista (F5)</translation>
    </message>
    <message>
        <source>Refresh the list</source>
        <translation>Actualizar la lista</translation>
    </message>
    <message>
        <source>New sessions</source>
        <translation>Sesiones nuevas</translation>
    </message>
    <message>
        <source>History views</source>
        <translation>Vistas del historial</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sesiones</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>List status</source>
        <translation>Estado de la lista</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>&amp;Gráfico</translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation>Número de sesiones</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Último mensaje</translation>
    </message>
    <message>
        <source>Export one row per order</source>
        <translation>Exportar una fila por pedido</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Export every session that matches the filters (Ctrl+E)</source>
        <translation>Exportar todas las sesiones que coinciden con los filtros (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Exportar a CSV</translation>
    </message>
    <message>
        <source>Or&amp;ders</source>
        <translation>&amp;Pedidos</translation>
    </message>
    <message>
        <source>One ro&amp;w per order</source>
        <translation>Una fila por pedid&amp;o</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — Onbehalf</source>
        <translation>Iniciar sesión — Onbehalf</translation>
    </message>
    <message>
        <source>Sign in to the marketplace you serve.</source>
        <translation>Inicie sesión en el marketplace al que atiende.</translation>
    </message>
    <message>
        <source>&amp;Marketplace:</source>
        <translation>&amp;Marketplace:</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>The local demo marketplace, a recently used address, or a new base URL</source>
        <translation>El marketplace de demostración local, una dirección usada recientemente o una nueva URL base</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>ID de &amp;cliente:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Recordarme en este equipo</translation>
    </message>
    <message>
        <source>Remember me</source>
        <translation>Recordarme</translation>
    </message>
    <message>
        <source>Keeps a sign-in token in the system keychain</source>
        <translation>Guarda un token de inicio de sesión en el llavero del sistema</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Problema al iniciar sesión</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Iniciando sesión</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>No keychain is available on this computer.</source>
        <translation>No hay ningún llavero disponible en este equipo.</translation>
    </message>
    <message>
        <source>The keychain is locked or refused access.</source>
        <translation>El llavero está bloqueado o ha denegado el acceso.</translation>
    </message>
    <message>
        <source>The keychain does not work (%1).</source>
        <translation>El llavero no funciona (%1).</translation>
    </message>
    <message>
        <source>The keychain is turned off.</source>
        <translation>El llavero está desactivado.</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Marketplace base URL.</source>
        <translation>URL base del marketplace.</translation>
    </message>
    <message>
        <source>API client ID to sign in with.</source>
        <translation>ID de cliente de la API con el que iniciar sesión.</translation>
    </message>
    <message>
        <source>Use the local demo marketplace.</source>
        <translation>Usar el marketplace de demostración local.</translation>
    </message>
    <message>
        <source>Service desk for acting on behalf of B2B buyers in an OrderCloud marketplace.</source>
        <translation>Puesto de atención para actuar en nombre de compradores B2B en un marketplace de OrderCloud.</translation>
    </message>
    <message>
        <source>Bring the desk to the front searching for a phone number, e-mail, username or user ID.</source>
        <translation>Traer la mesa de servicio al frente buscando un número de teléfono, correo electrónico, nombre de usuario o ID de usuario.</translation>
    </message>
    <message>
        <source>An onbehalf: link, e.g. onbehalf:find?phone=%2B12065550184.</source>
        <translation>Un enlace onbehalf:, p. ej. onbehalf:find?phone=%2B12065550184.</translation>
    </message>
    <message>
        <source>Give either --find or one onbehalf: link.</source>
        <translation>Indique --find o un único enlace onbehalf:.</translation>
    </message>
</context>
<context>
    <name>onbehalf::AuditIndicator</name>
    <message>
        <source>Audit: server</source>
        <translation>Auditoría: servidor</translation>
    </message>
    <message>
        <source>The marketplace records every session you start (who, for whom, why, and how it ended).</source>
        <translation>El marketplace registra cada sesión que inicia (quién, para quién, por qué y cómo terminó).</translation>
    </message>
    <message>
        <source>Audit: this computer</source>
        <translation>Auditoría: este equipo</translation>
    </message>
    <message>
        <source>This marketplace has no session records of its own: this desk keeps them in its journal on this computer.</source>
        <translation>Este marketplace no guarda registros propios de las sesiones: Onbehalf los guarda en su registro local en este equipo.</translation>
    </message>
    <message>
        <source>Audit: not known yet</source>
        <translation>Auditoría: aún desconocida</translation>
    </message>
    <message>
        <source>The desk could not yet ask the marketplace where sessions are recorded; it asks again when you start one.</source>
        <translation>Onbehalf aún no pudo preguntar al marketplace dónde se registran las sesiones; volverá a preguntar cuando inicie una.</translation>
    </message>
    <message>
        <source>Audit: NOT RECORDED</source>
        <translation>Auditoría: NO REGISTRADA</translation>
    </message>
</context>
<context>
    <name>onbehalf::BuyerUserSearchModel</name>
    <message>
        <source>There are no buyers you can search.</source>
        <translation>No hay compradores en los que pueda buscar.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>No buyer users.</source>
        <translation>No hay usuarios compradores.</translation>
    </message>
    <message>
        <source>No buyer users match “%1”.</source>
        <translation>Ningún usuario comprador coincide con «%1».</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Comprador</translation>
    </message>
</context>
<context>
    <name>onbehalf::CartView</name>
    <message>
        <source>Cart</source>
        <translation>Carrito</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Total de la línea</translation>
    </message>
    <message>
        <source>Remove &amp;line</source>
        <translation>&amp;Quitar línea</translation>
    </message>
    <message>
        <source>Remove the selected cart line</source>
        <translation>Quitar la línea seleccionada del carrito</translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation>Dirección de envío</translation>
    </message>
    <message>
        <source>Order comments</source>
        <translation>Comentarios del pedido</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>Total del pedido</translation>
    </message>
    <message>
        <source>Su&amp;bmit order</source>
        <translation>Enviar pedid&amp;o</translation>
    </message>
    <message>
        <source>Submit order</source>
        <translation>Enviar pedido</translation>
    </message>
    <message>
        <source>Shi&amp;p to:</source>
        <translation>Di&amp;rección de envío:</translation>
    </message>
    <message>
        <source>Co&amp;mments:</source>
        <translation>Co&amp;mentarios:</translation>
    </message>
    <message>
        <source>Subtotal:</source>
        <translation>Subtotal:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <source>Type a new quantity and press Enter</source>
        <translation>Escriba una cantidad nueva y pulse Intro</translation>
    </message>
    <message>
        <source>The buyer has no shipping address</source>
        <translation>El comprador no tiene dirección de envío</translation>
    </message>
    <message>
        <source>Shipping:</source>
        <translation>Envío:</translation>
    </message>
    <message>
        <source>Tax:</source>
        <translation>Impuestos:</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Shipping cost</source>
        <translation>Gastos de envío</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impuestos</translation>
    </message>
</context>
<context>
    <name>onbehalf::CatalogView</name>
    <message>
        <source>Catalog</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <source>Search the buyer&apos;s catalog (Ctrl+F)</source>
        <translation>Buscar en el catálogo del comprador (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Buscar productos</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Order limits</source>
        <translation>Límites de pedido</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>&amp;Add to cart</source>
        <translation>Añadir al carr&amp;ito</translation>
    </message>
    <message>
        <source>Add to cart</source>
        <translation>Añadir al carrito</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>Can&amp;tidad:</translation>
    </message>
    <message>
        <source> (breaks)</source>
        <translation> (por cantidad)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>%1+ at %2</source>
        <translation>%1+ a %2</translation>
    </message>
    <message>
        <source>%1 — price breaks: %2</source>
        <translation>%1 — precios por cantidad: %2</translation>
    </message>
    <message>
        <source>Minimum order: %1.</source>
        <translation>Pedido mínimo: %1.</translation>
    </message>
    <message>
        <source>Maximum order: %1.</source>
        <translation>Pedido máximo: %1.</translation>
    </message>
    <message>
        <source>Minimum %1 for this product</source>
        <translation>Mínimo %1 para este producto</translation>
    </message>
    <message>
        <source>Maximum %1 for this product</source>
        <translation>Máximo %1 para este producto</translation>
    </message>
    <message>
        <source>Choose a product first.</source>
        <translation>Elija primero un producto.</translation>
    </message>
</context>
<context>
    <name>onbehalf::ChartLoader</name>
    <message>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>Counting sessions…</source>
        <translation>Contando sesiones…</translation>
    </message>
    <message>
        <source>Counting sessions… %L1 of %L2</source>
        <translation>Contando sesiones… %L1 de %L2</translation>
    </message>
</context>
<context>
    <name>onbehalf::CoSignModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Acting for</source>
        <translation>Actúa por</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>Total del pedido</translation>
    </message>
    <message>
        <source>Session total</source>
        <translation>Total de la sesión</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
</context>
<context>
    <name>onbehalf::CsvExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Exporting sessions…</source>
        <translation>Exportando sesiones…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Exportar a CSV</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>The export could not be written to %1: %2</source>
        <translation>No se ha podido escribir la exportación en %1: %2</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se ha escrito ningún archivo.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>La exportación ha fallado: %1</translation>
    </message>
    <message>
        <source>Exporting sessions… %L1 of %L2</source>
        <translation>Exportando sesiones… %L1 de %L2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln sesión exportada a %1.</numerusform>
            <numerusform>%Ln sesiones exportadas a %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onbehalf::DemoServer</name>
    <message>
        <source>The demo marketplace could not be started (%1).</source>
        <translation>No se ha podido iniciar el marketplace de demostración (%1).</translation>
    </message>
    <message>
        <source>The demo marketplace stopped while starting (exit code %1): %2</source>
        <translation>El marketplace de demostración se detuvo al iniciarse (código de salida %1): %2</translation>
    </message>
    <message>
        <source>The demo marketplace program (onbehalf-server) is not installed.</source>
        <translation>El programa del marketplace de demostración (onbehalf-server) no está instalado.</translation>
    </message>
    <message>
        <source>The demo marketplace&apos;s folder %1 could not be created or made private.</source>
        <translation>No se pudo crear la carpeta del marketplace de demostración %1 o hacerla privada.</translation>
    </message>
    <message>
        <source>The demo marketplace keeps stopping (exit code %1); it was not started again.</source>
        <translation>El marketplace de demostración se detiene una y otra vez (código de salida %1); no se ha vuelto a iniciar.</translation>
    </message>
</context>
<context>
    <name>onbehalf::DeskController</name>
    <message>
        <source>The demo marketplace stopped; starting it again…</source>
        <translation>El marketplace de demostración se detuvo; iniciándolo de nuevo…</translation>
    </message>
    <message>
        <source>Reconnected to the demo marketplace.</source>
        <translation>Conectado de nuevo al marketplace de demostración.</translation>
    </message>
    <message>
        <source>The session was ended because the screen was locked.</source>
        <translation>La sesión se cerró porque se bloqueó la pantalla.</translation>
    </message>
</context>
<context>
    <name>onbehalf::DeskMenus</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Session &amp;history</source>
        <translation>&amp;Historial de sesiones</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>&amp;Act for selected user…</source>
        <translation>&amp;Actuar en nombre del usuario seleccionado…</translation>
    </message>
    <message>
        <source>&amp;End session</source>
        <translation>&amp;Finalizar sesión</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;Live board</source>
        <translation>Pa&amp;nel en vivo</translation>
    </message>
    <message>
        <source>Send su&amp;mmary to the caller…</source>
        <translation>Enviar &amp;resumen a quien llama…</translation>
    </message>
</context>
<context>
    <name>onbehalf::ExistingCartPrompt</name>
    <message>
        <source>&amp;Continue the caller&apos;s cart</source>
        <translation>Contin&amp;uar el carrito del cliente</translation>
    </message>
    <message>
        <source>Continue the caller&apos;s cart</source>
        <translation>Continuar el carrito del cliente</translation>
    </message>
    <message>
        <source>Start a separa&amp;te order</source>
        <translation>Em&amp;pezar un pedido aparte</translation>
    </message>
    <message>
        <source>Start a separate order and leave the caller&apos;s cart as it is</source>
        <translation>Empezar un pedido aparte y dejar el carrito del cliente como está</translation>
    </message>
    <message>
        <source>Lines in the caller&apos;s cart</source>
        <translation>Líneas del carrito del cliente</translation>
    </message>
    <message>
        <source>%1 × %2 — %3</source>
        <translation>%1 × %2 — %3</translation>
    </message>
    <message numerus="yes">
        <source>The caller&apos;s cart (order %1, started %2) has %n line(s), total %3. Continue it, or start a separate order and leave it as it is?</source>
        <translation>
            <numerusform>El carrito del cliente (pedido %1, iniciado %2) tiene %n línea, total %3. ¿Continuarlo, o empezar un pedido aparte y dejarlo como está?</numerusform>
            <numerusform>El carrito del cliente (pedido %1, iniciado %2) tiene %n líneas, total %3. ¿Continuarlo, o empezar un pedido aparte y dejarlo como está?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onbehalf::ForceEndDialog</name>
    <message>
        <source>Force end session</source>
        <translation>Forzar el fin de la sesión</translation>
    </message>
    <message>
        <source>End %1&apos;s session acting for %2? The agent is shown your comment.</source>
        <translation>¿Terminar la sesión de %1 en nombre de %2? El agente verá su comentario.</translation>
    </message>
    <message>
        <source>&amp;Comment for the agent:</source>
        <translation>&amp;Comentario para el agente:</translation>
    </message>
    <message>
        <source>Comment for the agent</source>
        <translation>Comentario para el agente</translation>
    </message>
    <message>
        <source>&amp;End session</source>
        <translation>&amp;Terminar sesión</translation>
    </message>
</context>
<context>
    <name>onbehalf::LiveBoardModel</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Acting for</source>
        <translation>Actúa por</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Idle for</source>
        <translation>Inactivo desde hace</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>onbehalf::LiveBoardWindow</name>
    <message>
        <source>Live board</source>
        <translation>Panel en vivo</translation>
    </message>
    <message>
        <source>&amp;Active sessions</source>
        <translation>Sesiones &amp;activas</translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation>Sesiones activas</translation>
    </message>
    <message>
        <source>Waiting for &amp;co-sign</source>
        <translation>Esperando &amp;refrendo</translation>
    </message>
    <message>
        <source>Orders waiting for co-sign</source>
        <translation>Pedidos que esperan refrendo</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>Co&amp;mentario:</translation>
    </message>
    <message>
        <source>Comment on the co-sign decision</source>
        <translation>Comentario sobre la decisión de refrendo</translation>
    </message>
    <message>
        <source>Shown to the agent</source>
        <translation>Se muestra al agente</translation>
    </message>
    <message>
        <source>&amp;Force end…</source>
        <translation>&amp;Forzar fin…</translation>
    </message>
    <message>
        <source>Force end the selected session</source>
        <translation>Forzar el fin de la sesión seleccionada</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>A&amp;probar</translation>
    </message>
    <message>
        <source>Approve the selected order</source>
        <translation>Aprobar el pedido seleccionado</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>Rec&amp;hazar</translation>
    </message>
    <message>
        <source>Decline the selected order</source>
        <translation>Rechazar el pedido seleccionado</translation>
    </message>
    <message numerus="yes">
        <source>%n active session(s), %1 waiting for co-sign — updated %2</source>
        <translation>
            <numerusform>%n sesión activa, %1 esperando refrendo — actualizado %2</numerusform>
            <numerusform>%n sesiones activas, %1 esperando refrendo — actualizado %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s session has been ended.</source>
        <translation>Se ha terminado la sesión de %1.</translation>
    </message>
    <message>
        <source>Order %1 approved.</source>
        <translation>Pedido %1 aprobado.</translation>
    </message>
    <message>
        <source>Order %1 declined.</source>
        <translation>Pedido %1 rechazado.</translation>
    </message>
</context>
<context>
    <name>onbehalf::MainWindow</name>
    <message>
        <source>Onbehalf</source>
        <translation>Onbehalf</translation>
    </message>
    <message>
        <source>All buyers</source>
        <translation>Todos los compradores</translation>
    </message>
    <message>
        <source>Desk views</source>
        <translation>Vistas del puesto</translation>
    </message>
    <message>
        <source>The session ended: access as the buyer expired.</source>
        <translation>La sesión ha finalizado: el acceso como comprador ha caducado.</translation>
    </message>
    <message numerus="yes">
        <source>The session ended after %n minute(s) without activity.</source>
        <translation>
            <numerusform>La sesión ha finalizado tras %n minuto sin actividad.</numerusform>
            <numerusform>La sesión ha finalizado tras %n minutos sin actividad.</numerusform>
        </translation>
    </message>
    <message>
        <source>The session has ended.</source>
        <translation>La sesión ha finalizado.</translation>
    </message>
    <message numerus="yes">
        <source>No activity: the session ends in %n second(s) unless you continue working.</source>
        <translation>
            <numerusform>Sin actividad: la sesión finalizará en %n segundo si no continúa trabajando.</numerusform>
            <numerusform>Sin actividad: la sesión finalizará en %n segundos si no continúa trabajando.</numerusform>
        </translation>
    </message>
    <message>
        <source>Onbehalf — %1</source>
        <translation>Onbehalf — %1</translation>
    </message>
    <message>
        <source>You are already acting for a buyer. End that session first (Ctrl+Shift+E).</source>
        <translation>Ya está actuando en nombre de un comprador. Finalice primero esa sesión (Ctrl+Mayús+E).</translation>
    </message>
    <message>
        <source>Select a buyer user first.</source>
        <translation>Seleccione primero un usuario comprador.</translation>
    </message>
    <message>
        <source>The interrupted session has been ended.</source>
        <translation>Se ha finalizado la sesión interrumpida.</translation>
    </message>
    <message>
        <source>%1 Your sign-in is kept in memory only: you will need to sign in again after closing Onbehalf.</source>
        <translation>%1 Su inicio de sesión solo se guarda en memoria: tendrá que volver a iniciar sesión después de cerrar Onbehalf.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) on %3</source>
        <translation>Sesión iniciada como %1 (%2) en %3</translation>
    </message>
    <message numerus="yes">
        <source>%n buyer user(s) found</source>
        <translation>
            <numerusform>%n usuario comprador encontrado</numerusform>
            <numerusform>%n usuarios compradores encontrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Fin&amp;d buyer user</source>
        <translation>&amp;Buscar usuario comprador</translation>
    </message>
    <message>
        <source>Sh&amp;op as buyer</source>
        <translation>&amp;Comprar como el comprador</translation>
    </message>
    <message numerus="yes">
        <source>The cart has %n line(s), total %1, that were not ordered. End the session anyway? The cart stays with the buyer as an unsubmitted order.</source>
        <translation>
            <numerusform>El carrito tiene %n línea, total %1, que no se ha pedido. ¿Desea finalizar la sesión de todos modos? El carrito se queda con el comprador como pedido sin enviar.</numerusform>
            <numerusform>El carrito tiene %n líneas, total %1, que no se han pedido. ¿Desea finalizar la sesión de todos modos? El carrito se queda con el comprador como pedido sin enviar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your supervisor %1 ended this session: %2</source>
        <translation>Su supervisor %1 ha terminado esta sesión: %2</translation>
    </message>
    <message>
        <source>Your supervisor %1 ended this session.</source>
        <translation>Su supervisor %1 ha terminado esta sesión.</translation>
    </message>
</context>
<context>
    <name>onbehalf::MarketplaceSettings</name>
    <message>
        <source>Not a role name: %1. Role names have letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; only.</source>
        <translation>No es un nombre de rol: %1. Los nombres de rol solo tienen letras, dígitos, «.», «_» o «-».</translation>
    </message>
    <message numerus="yes">
        <source>At most %n roles.</source>
        <translation>
            <numerusform>Como máximo %n rol.</numerusform>
            <numerusform>Como máximo %n roles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onbehalf::MarketplaceSettingsDialog</name>
    <message>
        <source>Marketplace settings</source>
        <translation>Ajustes del marketplace</translation>
    </message>
    <message>
        <source>How this desk signs in to %1 and asks for buyer tokens. Leave a field empty for the default.</source>
        <translation>Cómo inicia Onbehalf sesión en %1 y solicita tokens de comprador. Deje un campo vacío para usar el valor predeterminado.</translation>
    </message>
    <message>
        <source>&amp;Sign-in client ID:</source>
        <translation>ID de cliente de &amp;inicio de sesión:</translation>
    </message>
    <message>
        <source>&amp;Impersonation client ID:</source>
        <translation>ID de cliente de su&amp;plantación:</translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation>&amp;Roles:</translation>
    </message>
    <message>
        <source>C&amp;ustom roles:</source>
        <translation>Roles pers&amp;onalizados:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>&amp;Secreto del cliente:</translation>
    </message>
    <message>
        <source>&amp;Forget the stored client secret</source>
        <translation>Ol&amp;vidar el secreto guardado</translation>
    </message>
    <message>
        <source>Sign-in client ID</source>
        <translation>ID de cliente de inicio de sesión</translation>
    </message>
    <message>
        <source>The API client agents sign in with (password grant).</source>
        <translation>El cliente de API con el que inician sesión los agentes (concesión por contraseña).</translation>
    </message>
    <message>
        <source>Impersonation client ID</source>
        <translation>ID de cliente de suplantación</translation>
    </message>
    <message>
        <source>Same as the sign-in client</source>
        <translation>El mismo que el cliente de inicio de sesión</translation>
    </message>
    <message>
        <source>The API client the marketplace&apos;s ImpersonationConfig names, usually the buyer storefront&apos;s.</source>
        <translation>El cliente de API que indica la ImpersonationConfig del marketplace, normalmente el de la tienda del comprador.</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Roles asked for in the buyer token, separated by spaces.</source>
        <translation>Roles solicitados en el token de comprador, separados por espacios.</translation>
    </message>
    <message>
        <source>Custom roles</source>
        <translation>Roles personalizados</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Custom roles sent with the buyer-token request, separated by spaces.</source>
        <translation>Roles personalizados enviados con la solicitud del token de comprador, separados por espacios.</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto del cliente</translation>
    </message>
    <message>
        <source>Stored in the system keychain (type to replace)</source>
        <translation>Guardado en el llavero del sistema (escriba para reemplazarlo)</translation>
    </message>
    <message>
        <source>None (public client)</source>
        <translation>Ninguno (cliente público)</translation>
    </message>
    <message>
        <source>Only for API clients that have a secret. It is kept in the system keychain only.</source>
        <translation>Solo para clientes de API con secreto. Se guarda únicamente en el llavero del sistema.</translation>
    </message>
    <message>
        <source>The sign-in client ID has spaces or is too long.</source>
        <translation>El ID de cliente de inicio de sesión contiene espacios o es demasiado largo.</translation>
    </message>
    <message>
        <source>The impersonation client ID has spaces or is too long.</source>
        <translation>El ID de cliente de suplantación contiene espacios o es demasiado largo.</translation>
    </message>
    <message>
        <source>Order-number i&amp;ncrementor:</source>
        <translation>Contador de números de pe&amp;dido:</translation>
    </message>
    <message>
        <source>Order-number &amp;prefix:</source>
        <translation>Pre&amp;fijo del número de pedido:</translation>
    </message>
    <message>
        <source>Order-number incrementor</source>
        <translation>Contador de números de pedido</translation>
    </message>
    <message>
        <source>None (the marketplace&apos;s generated order IDs)</source>
        <translation>Ninguno (los ID de pedido generados por el marketplace)</translation>
    </message>
    <message>
        <source>The marketplace incrementor that numbers new orders (e.g. orderIncrementor). Without it, or when the marketplace does not have it, orders keep their generated IDs.</source>
        <translation>El contador (incrementor) del marketplace que numera los pedidos nuevos (p. ej. orderIncrementor). Sin él, o si el marketplace no lo tiene, los pedidos conservan sus ID generados.</translation>
    </message>
    <message>
        <source>Order-number prefix</source>
        <translation>Prefijo del número de pedido</translation>
    </message>
    <message>
        <source>Up to 10 letters or digits before the number, e.g. OB for OB-000123.</source>
        <translation>Hasta 10 letras o dígitos antes del número, p. ej. OB para OB-000123.</translation>
    </message>
    <message>
        <source>The incrementor ID has characters other than letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, or is too long.</source>
        <translation>El ID del contador tiene caracteres que no son letras, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;, o es demasiado largo.</translation>
    </message>
    <message>
        <source>The order-number prefix must be at most 10 letters or digits.</source>
        <translation>El prefijo del número de pedido debe tener como máximo 10 letras o dígitos.</translation>
    </message>
</context>
<context>
    <name>onbehalf::OrderConfirmation</name>
    <message>
        <source>Cop&amp;y order number</source>
        <translation>Copiar el número de pe&amp;dido</translation>
    </message>
    <message>
        <source>Copy the order number</source>
        <translation>Copiar el número de pedido</translation>
    </message>
    <message>
        <source>Cop&amp;ied</source>
        <translation>Copia&amp;do</translation>
    </message>
    <message>
        <source>Order number %1</source>
        <translation>Número de pedido %1</translation>
    </message>
    <message>
        <source>Read as: %1</source>
        <translation>Se lee: %1</translation>
    </message>
    <message>
        <source>Order %1 placed for %2 — total %3. Read the order number to the caller.</source>
        <translation>Pedido %1 realizado para %2 — total %3. Lea el número de pedido a quien llama.</translation>
    </message>
    <message>
        <source>%1. Order %2 for %3 — total %4. Read the order number to the caller.</source>
        <translation>%1. Pedido %2 para %3 — total %4. Lea el número de pedido al cliente.</translation>
    </message>
</context>
<context>
    <name>onbehalf::OrdersTab</name>
    <message>
        <source>This marketplace does not record which session placed an order.</source>
        <translation>Este marketplace no registra en qué sesión se realizó un pedido.</translation>
    </message>
    <message>
        <source>Loading orders…</source>
        <translation>Cargando pedidos…</translation>
    </message>
    <message>
        <source>Placed in session %1: %2</source>
        <translation>Realizado en la sesión %1: %2</translation>
    </message>
    <message>
        <source>No orders were placed on behalf of buyers with these filters.</source>
        <translation>Con estos filtros no hay pedidos realizados en nombre de compradores.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) placed on behalf of buyers</source>
        <translation>
            <numerusform>%Ln pedido realizado en nombre de compradores</numerusform>
            <numerusform>%Ln pedidos realizados en nombre de compradores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onbehalf::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>End sessions after inactivity (minutes)</source>
        <translation>Finalizar las sesiones tras un periodo de inactividad (minutos)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>End a session after &amp;inactivity of:</source>
        <translation>Finalizar la sesión tras inac&amp;tividad de:</translation>
    </message>
</context>
<context>
    <name>onbehalf::ReceiptDialog</name>
    <message>
        <source>Open e-mail &amp;draft</source>
        <translation>Abrir &amp;borrador de correo</translation>
    </message>
    <message>
        <source>Save as .&amp;eml…</source>
        <translation>Guardar como .e&amp;ml…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>Guardar el resumen</translation>
    </message>
    <message>
        <source>Send summary to the caller</source>
        <translation>Enviar resumen a quien llama</translation>
    </message>
    <message>
        <source>Summary for the caller</source>
        <translation>Resumen para quien llama</translation>
    </message>
    <message>
        <source>Loading the summary…</source>
        <translation>Cargando el resumen…</translation>
    </message>
    <message>
        <source>Send it, save it or copy it for the caller.</source>
        <translation>Envíelo, guárdelo o cópielo para quien llama.</translation>
    </message>
    <message>
        <source>Summary of your call with our service desk</source>
        <translation>Resumen de su llamada a nuestro servicio de atención</translation>
    </message>
    <message>
        <source>The e-mail draft is open in your mail program.</source>
        <translation>El borrador del correo está abierto en su programa de correo.</translation>
    </message>
    <message>
        <source>No mail program opened the draft: save it as .eml or copy it instead.</source>
        <translation>Ningún programa de correo abrió el borrador: guárdelo como .eml o cópielo.</translation>
    </message>
    <message>
        <source>summary.eml</source>
        <translation>resumen.eml</translation>
    </message>
    <message>
        <source>E-mail message (*.eml)</source>
        <translation>Mensaje de correo (*.eml)</translation>
    </message>
    <message>
        <source>The summary could not be saved: %1</source>
        <translation>No se pudo guardar el resumen: %1</translation>
    </message>
    <message>
        <source>Saved %1: open it in your mail program to send it.</source>
        <translation>Guardado %1: ábralo en su programa de correo para enviarlo.</translation>
    </message>
    <message>
        <source>summary.pdf</source>
        <translation>resumen.pdf</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>No se pudo escribir el PDF en %1.</translation>
    </message>
    <message>
        <source>Saved %1: print it or attach it for the caller.</source>
        <translation>Guardado %1: imprímalo o adjúntelo para quien llama.</translation>
    </message>
    <message>
        <source>The summary is on the clipboard.</source>
        <translation>El resumen está en el portapapeles.</translation>
    </message>
    <message>
        <source>Prin&amp;t…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the summary</source>
        <translation>Imprimir el resumen</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>Enviado a %1.</translation>
    </message>
</context>
<context>
    <name>onbehalf::RecentOrders</name>
    <message>
        <source>Recent orders of this buyer</source>
        <translation>Pedidos recientes de este comprador</translation>
    </message>
    <message>
        <source>The buyer&apos;s recent orders</source>
        <translation>Pedidos recientes del comprador</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>&amp;Update statuses</source>
        <translation>Actua&amp;lizar estados</translation>
    </message>
    <message>
        <source>Read the buyer&apos;s recent orders again</source>
        <translation>Volver a leer los pedidos recientes del comprador</translation>
    </message>
</context>
<context>
    <name>onbehalf::RecoveryPrompt</name>
    <message>
        <source>Interrupted session</source>
        <translation>Sesión interrumpida</translation>
    </message>
    <message>
        <source>A session was interrupted</source>
        <translation>Se interrumpió una sesión</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Resume the interrupted session</source>
        <translation>Reanudar la sesión interrumpida</translation>
    </message>
    <message>
        <source>E&amp;nd it</source>
        <translation>&amp;Finalizarla</translation>
    </message>
    <message>
        <source>End the interrupted session</source>
        <translation>Finalizar la sesión interrumpida</translation>
    </message>
    <message>
        <source>Onbehalf closed while you were acting for %1 (%2) · %3, since %4. Resume that session or end it?</source>
        <translation>Onbehalf se cerró mientras actuaba en nombre de %1 (%2) · %3, desde %4. ¿Desea reanudar esa sesión o finalizarla?</translation>
    </message>
</context>
<context>
    <name>onbehalf::SessionBanner</name>
    <message>
        <source>&amp;Renew access</source>
        <translation>Re&amp;novar acceso</translation>
    </message>
    <message>
        <source>Impersonation session</source>
        <translation>Sesión de representación</translation>
    </message>
    <message>
        <source>Renew access for this session</source>
        <translation>Renovar el acceso de esta sesión</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Finalizar sesión</translation>
    </message>
    <message>
        <source>End acting for this buyer (Ctrl+Shift+E)</source>
        <translation>Dejar de actuar en nombre de este comprador (Ctrl+Mayús+E)</translation>
    </message>
    <message>
        <source>Access renewed.</source>
        <translation>Acceso renovado.</translation>
    </message>
    <message>
        <source>Access as the buyer ends in 2 minutes. Renew it to continue.</source>
        <translation>El acceso como comprador termina en 2 minutos. Renuévelo para continuar.</translation>
    </message>
    <message>
        <source>Acting for %1 (%2) · %3</source>
        <translation>En nombre de %1 (%2) · %3</translation>
    </message>
    <message>
        <source>End sess&amp;ion</source>
        <translation>&amp;Finalizar sesión</translation>
    </message>
    <message numerus="yes">
        <source>idle timeout in %n min</source>
        <translation>
            <numerusform>cierre por inactividad en %n minuto</numerusform>
            <numerusform>cierre por inactividad en %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>idle timeout in %n s</source>
        <translation>
            <numerusform>cierre por inactividad en %n segundo</numerusform>
            <numerusform>cierre por inactividad en %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>access until %1</source>
        <translation>acceso hasta las %1</translation>
    </message>
    <message numerus="yes">
        <source>access ends in %n s</source>
        <translation>
            <numerusform>el acceso termina en %n segundo</numerusform>
            <numerusform>el acceso termina en %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — since %2 — %3 · %4</source>
        <translation>%1 — desde %2 — %3 · %4</translation>
    </message>
</context>
<context>
    <name>onbehalf::SessionChart</name>
    <message>
        <source>Sessions per agent per day</source>
        <translation>Sesiones por agente y día</translation>
    </message>
    <message>
        <source>No sessions to chart.</source>
        <translation>No hay sesiones para el gráfico.</translation>
    </message>
    <message>
        <source>From %1 to %2. %3</source>
        <translation>Del %1 al %2. %3</translation>
    </message>
    <message>
        <source>No sessions.</source>
        <translation>No hay sesiones.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln session(s)</source>
        <translation>
            <numerusform>%1: %Ln sesión</numerusform>
            <numerusform>%1: %Ln sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %L2</source>
        <translation>%1: %L2</translation>
    </message>
    <message>
        <source>Total: %L1</source>
        <translation>Total: %L1</translation>
    </message>
</context>
<context>
    <name>onbehalf::SessionDetailPane</name>
    <message>
        <source>Select a session to see its record, timeline and orders.</source>
        <translation>Seleccione una sesión para ver su registro, su cronología y sus pedidos.</translation>
    </message>
    <message>
        <source>This session is not in the list as it is filtered now.</source>
        <translation>Esta sesión no está en la lista con los filtros actuales.</translation>
    </message>
    <message>
        <source>Loading the session…</source>
        <translation>Cargando la sesión…</translation>
    </message>
    <message>
        <source>This desk&apos;s journal has no session %1.</source>
        <translation>El registro de este puesto de atención no tiene la sesión %1.</translation>
    </message>
    <message>
        <source>Session %1 is not one you can see.</source>
        <translation>No tiene permiso para ver la sesión %1.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Buyer company</source>
        <translation>Empresa compradora</translation>
    </message>
    <message>
        <source>Buyer user</source>
        <translation>Usuario comprador</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(no se indicó ningún motivo)</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Número de caso</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Access expires</source>
        <translation>El acceso caduca</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>End cause</source>
        <translation>Motivo de finalización</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Submitted total</source>
        <translation>Total enviado</translation>
    </message>
    <message>
        <source>API client</source>
        <translation>Cliente de la API</translation>
    </message>
    <message>
        <source>Roles as the buyer</source>
        <translation>Roles como comprador</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrada por</translation>
    </message>
    <message>
        <source>This desk&apos;s local journal</source>
        <translation>Registro local de este puesto de atención</translation>
    </message>
    <message>
        <source>The marketplace</source>
        <translation>El marketplace</translation>
    </message>
    <message>
        <source>%1 started acting for %2 of %3</source>
        <translation>%1 empezó a actuar en nombre de %2 de %3</translation>
    </message>
    <message>
        <source>Order %1 created</source>
        <translation>Pedido %1 creado</translation>
    </message>
    <message>
        <source>Order %1 submitted (%2)</source>
        <translation>Pedido %1 enviado (%2)</translation>
    </message>
    <message>
        <source>Order %1 submitted</source>
        <translation>Pedido %1 enviado</translation>
    </message>
    <message>
        <source>Session ended: %1</source>
        <translation>Sesión finalizada: %1</translation>
    </message>
    <message>
        <source>Access as the buyer expires unless renewed (still active)</source>
        <translation>El acceso como comprador caduca si no se renueva (todavía activa)</translation>
    </message>
    <message>
        <source>No orders were placed in this session.</source>
        <translation>No se realizaron pedidos en esta sesión.</translation>
    </message>
    <message>
        <source>Deleted before it was submitted</source>
        <translation>Eliminado antes de enviarse</translation>
    </message>
    <message>
        <source>Loading line items…</source>
        <translation>Cargando líneas…</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>The order no longer exists.</source>
        <translation>El pedido ya no existe.</translation>
    </message>
    <message>
        <source>No line items</source>
        <translation>Sin líneas</translation>
    </message>
</context>
<context>
    <name>onbehalf::SessionHistoryModel</name>
    <message>
        <source>Loading sessions…</source>
        <translation>Cargando sesiones…</translation>
    </message>
    <message>
        <source>No sessions match these filters.</source>
        <translation>Ninguna sesión coincide con estos filtros.</translation>
    </message>
    <message>
        <source>This desk&apos;s journal has no sessions that match these filters.</source>
        <translation>El registro de este puesto de atención no tiene sesiones que coincidan con estos filtros.</translation>
    </message>
    <message>
        <source>Active session %1, started %2</source>
        <translation>Sesión activa %1, iniciada el %2</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sesión %1</translation>
    </message>
    <message>
        <source>%1, active session</source>
        <translation>%1, sesión activa</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(no se indicó ningún motivo)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>The marketplace cannot sort by this column.</source>
        <translation>El marketplace no puede ordenar por esta columna.</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Buyer user</source>
        <translation>Usuario comprador</translation>
    </message>
    <message>
        <source>Buyer company</source>
        <translation>Empresa compradora</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Número de caso</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>End cause</source>
        <translation>Motivo de finalización</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>Total del pedido</translation>
    </message>
</context>
<context>
    <name>onbehalf::SessionHistoryWindow</name>
    <message>
        <source>The marketplace cannot sort by “%1”.</source>
        <translation>El marketplace no puede ordenar por «%1».</translation>
    </message>
    <message>
        <source>sessions-%1.csv</source>
        <translation>sesiones-%1.csv</translation>
    </message>
    <message>
        <source>Export sessions</source>
        <translation>Exportar sesiones</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Session history</source>
        <translation>Historial de sesiones</translation>
    </message>
    <message>
        <source>Session history — %1</source>
        <translation>Historial de sesiones — %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Intervalo personalizado</translation>
    </message>
    <message>
        <source>All buyers</source>
        <translation>Todos los compradores</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Todos los agentes</translation>
    </message>
    <message>
        <source>This marketplace does not keep a session history. What you see comes from this desk&apos;s local journal only: sessions started on this computer, not those of other desks.</source>
        <translation>Este marketplace no guarda un historial de sesiones. Lo que ve procede únicamente del registro local de este puesto de atención: sesiones iniciadas en este equipo, no las de otros puestos.</translation>
    </message>
    <message>
        <source>All agents&apos; sessions</source>
        <translation>Sesiones de todos los agentes</translation>
    </message>
    <message>
        <source>Your sessions only</source>
        <translation>Solo sus sesiones</translation>
    </message>
    <message>
        <source>Checking which sessions you may see…</source>
        <translation>Comprobando qué sesiones puede ver…</translation>
    </message>
    <message>
        <source>The sessions the marketplace lets you see</source>
        <translation>Las sesiones que el marketplace le permite ver</translation>
    </message>
    <message>
        <source>No sessions</source>
        <translation>No hay sesiones</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>Ya hay una exportación en curso.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln sesión</numerusform>
            <numerusform>%Ln sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new session(s) started since the list was loaded. Press F5 to show them.</source>
        <translation>
            <numerusform>Se ha iniciado %Ln sesión nueva desde que se cargó la lista. Pulse F5 para verla.</numerusform>
            <numerusform>Se han iniciado %Ln sesiones nuevas desde que se cargó la lista. Pulse F5 para verlas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onbehalf::SessionJournal</name>
    <message>
        <source>The session record could not be written to %1: %2</source>
        <translation>No se pudo escribir el registro de la sesión en %1: %2</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>no se puede crear la carpeta</translation>
    </message>
</context>
<context>
    <name>onbehalf::SessionManager</name>
    <message>
        <source>You are already acting for a buyer. End that session first.</source>
        <translation>Ya está actuando en nombre de un comprador. Finalice primero esa sesión.</translation>
    </message>
    <message>
        <source>This session can no longer be resumed: its access has expired. End it and start a new one.</source>
        <translation>Esta sesión ya no se puede reanudar: su acceso ha caducado. Finalícela y comience una nueva.</translation>
    </message>
    <message>
        <source>This session has already ended.</source>
        <translation>Esta sesión ya ha finalizado.</translation>
    </message>
</context>
<context>
    <name>onbehalf::SessionPager</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sessions match: too many for this; narrow the date range or the filters.</source>
        <translation>
            <numerusform>Coincide %Ln sesión: demasiadas para esto; acote el intervalo de fechas o los filtros.</numerusform>
            <numerusform>Coinciden %Ln sesiones: demasiadas para esto; acote el intervalo de fechas o los filtros.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>onbehalf::ShippingOptions</name>
    <message>
        <source>Shippin&amp;g</source>
        <translation>Entre&amp;ga</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratis</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2, delivered in about a day</source>
        <translation>%1 — %2, entrega en aproximadamente un día</translation>
    </message>
    <message>
        <source>%1 — %2, delivered in about %3 days</source>
        <translation>%1 — %2, entrega en aproximadamente %3 días</translation>
    </message>
    <message>
        <source>Shipment %1</source>
        <translation>Envío %1</translation>
    </message>
    <message>
        <source>Shipment %1: %2</source>
        <translation>Envío %1: %2</translation>
    </message>
</context>
<context>
    <name>onbehalf::ShopPanel</name>
    <message>
        <source>Working</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <source>The quantity must be a whole number of at least 1.</source>
        <translation>La cantidad debe ser un número entero igual o mayor que 1.</translation>
    </message>
    <message>
        <source>Renewing your access as the buyer…</source>
        <translation>Renovando su acceso como comprador…</translation>
    </message>
    <message>
        <source>%1 The cart is kept; try again.</source>
        <translation>%1 El carrito se conserva; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Shipping and tax could not be worked out: %1 The cart is kept.</source>
        <translation>No se pudieron calcular el envío y los impuestos: %1 El carrito se conserva.</translation>
    </message>
    <message>
        <source>The note could not be added to the session&apos;s record: %1</source>
        <translation>No se pudo añadir la nota al registro de la sesión: %1</translation>
    </message>
    <message>
        <source>Continued the caller&apos;s cart %1.</source>
        <translation>Se continuó el carrito %1 del cliente.</translation>
    </message>
    <message>
        <source>Started a separate order; the caller&apos;s cart %1 was left as it is.</source>
        <translation>Se empezó un pedido aparte; el carrito %1 del cliente se dejó como estaba.</translation>
    </message>
    <message>
        <source>Choose how to ship the order first; the shipping methods are read again.</source>
        <translation>Elija primero cómo enviar el pedido; los métodos de envío se vuelven a leer.</translation>
    </message>
    <message>
        <source>A supervisor co-signed the order: submitting it.</source>
        <translation>Un supervisor ha refrendado el pedido: se está enviando.</translation>
    </message>
    <message>
        <source>Supervisor %1 declined the order.</source>
        <translation>El supervisor %1 ha rechazado el pedido.</translation>
    </message>
    <message>
        <source>Supervisor %1 declined the order: %2</source>
        <translation>El supervisor %1 ha rechazado el pedido: %2</translation>
    </message>
    <message>
        <source>Waiting for a supervisor to co-sign (limit %1, this session %2)…</source>
        <translation>Esperando el refrendo de un supervisor (límite %1, esta sesión %2)…</translation>
    </message>
</context>
<context>
    <name>onbehalf::ShortcutsDialog</name>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Find buyer user</source>
        <translation>Buscar usuario comprador</translation>
    </message>
    <message>
        <source>Shop as buyer</source>
        <translation>Comprar como el comprador</translation>
    </message>
    <message>
        <source>Search at once and go to the results</source>
        <translation>Buscar de inmediato e ir a los resultados</translation>
    </message>
    <message>
        <source>%1: search field</source>
        <translation>%1: campo de búsqueda</translation>
    </message>
    <message>
        <source>Act for the selected user</source>
        <translation>Actuar en nombre del usuario seleccionado</translation>
    </message>
    <message>
        <source>%1: results</source>
        <translation>%1: resultados</translation>
    </message>
    <message>
        <source>Start the session</source>
        <translation>Comenzar la sesión</translation>
    </message>
    <message>
        <source>Start acting for a buyer: reason</source>
        <translation>Empezar a actuar en nombre de un comprador: motivo</translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation>Mayús+Intro</translation>
    </message>
    <message>
        <source>New line in the reason</source>
        <translation>Nueva línea en el motivo</translation>
    </message>
    <message>
        <source>Search the catalog and go to the products</source>
        <translation>Buscar en el catálogo e ir a los productos</translation>
    </message>
    <message>
        <source>%1: product search</source>
        <translation>%1: búsqueda de productos</translation>
    </message>
    <message>
        <source>Go to the quantity</source>
        <translation>Ir a la cantidad</translation>
    </message>
    <message>
        <source>%1: products</source>
        <translation>%1: productos</translation>
    </message>
    <message>
        <source>Add the product to the cart</source>
        <translation>Añadir el producto al carrito</translation>
    </message>
    <message>
        <source>%1: quantity</source>
        <translation>%1: cantidad</translation>
    </message>
    <message>
        <source>Type a number, then Enter</source>
        <translation>Escriba un número y pulse Intro</translation>
    </message>
    <message>
        <source>Change the quantity of a cart line</source>
        <translation>Cambiar la cantidad de una línea del carrito</translation>
    </message>
    <message>
        <source>%1: cart</source>
        <translation>%1: carrito</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Mayús+Tab</translation>
    </message>
    <message>
        <source>Next or previous field</source>
        <translation>Campo siguiente o anterior</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>En todas partes</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + letra subrayada</translation>
    </message>
    <message>
        <source>Go to that field, button or menu</source>
        <translation>Ir a ese campo, botón o menú</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Every command is reachable from the keyboard. Menu commands show their shortcut in the menu as well.</source>
        <translation>Todos los comandos son accesibles desde el teclado. Los comandos de menú también muestran su atajo en el menú.</translation>
    </message>
    <message>
        <source>Keys, the command they run, and where they work</source>
        <translation>Teclas, el comando que ejecutan y dónde funcionan</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
</context>
<context>
    <name>onbehalf::SignInDialog</name>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Local demo marketplace</source>
        <translation>Marketplace de demostración local</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>Introduzca su nombre de usuario y su contraseña.</translation>
    </message>
    <message>
        <source>Enter the Client ID your administrator gave you.</source>
        <translation>Introduzca el ID de cliente que le dio su administrador.</translation>
    </message>
    <message>
        <source>Starting the demo marketplace…</source>
        <translation>Iniciando el marketplace de demostración…</translation>
    </message>
    <message>
        <source>“%1” is not a marketplace address. Use a base URL such as https://sandboxapi.ordercloud.io.</source>
        <translation>«%1» no es una dirección de marketplace. Use una URL base como https://sandboxapi.ordercloud.io.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Marketplace se&amp;ttings…</source>
        <translation>A&amp;justes del marketplace…</translation>
    </message>
    <message>
        <source>Marketplace settings</source>
        <translation>Ajustes del marketplace</translation>
    </message>
    <message>
        <source>The client secret for this marketplace is not in the keychain any more. Enter it again in Marketplace settings.</source>
        <translation>El secreto del cliente de este marketplace ya no está en el llavero. Vuelva a introducirlo en Ajustes del marketplace.</translation>
    </message>
</context>
<context>
    <name>onbehalf::StartSessionDialog</name>
    <message>
        <source>Start acting for a buyer</source>
        <translation>Empezar a actuar en nombre de un comprador</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Why you act for this user; required, at most 500 characters</source>
        <translation>Por qué actúa en nombre de este usuario; obligatorio, 500 caracteres como máximo</translation>
    </message>
    <message>
        <source>What did the caller ask for?</source>
        <translation>¿Qué ha solicitado la persona que llama?</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Número de caso</translation>
    </message>
    <message>
        <source>Problem starting the session</source>
        <translation>Problema al comenzar la sesión</translation>
    </message>
    <message>
        <source>Starting the session</source>
        <translation>Comenzando la sesión</translation>
    </message>
    <message>
        <source>&amp;Start session</source>
        <translation>&amp;Comenzar sesión</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Case number:</source>
        <translation>&amp;Número de caso:</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 caracteres</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Comenzar sesión</translation>
    </message>
    <message>
        <source>Type the reason to start: it is required and kept with the session.</source>
        <translation>Escriba el motivo para empezar: es obligatorio y se guarda con la sesión.</translation>
    </message>
    <message>
        <source>%1 / %2 characters — shorten the reason to start.</source>
        <translation>%1 / %2 caracteres — acorte el motivo para empezar.</translation>
    </message>
</context>
<context>
    <name>onbehalf::UserDetails</name>
    <message>
        <source>Act for this &amp;user…</source>
        <translation>Actuar en nombre de este &amp;usuario…</translation>
    </message>
    <message>
        <source>Start acting for this user</source>
        <translation>Empezar a actuar en nombre de este usuario</translation>
    </message>
    <message>
        <source>Start an impersonation session (Ctrl+I or Enter)</source>
        <translation>Comenzar una sesión de representación (Ctrl+I o Intro)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Inactive — the account is switched off</source>
        <translation>Inactiva — la cuenta está desactivada</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>The account is switched off, so nobody can act for this user.</source>
        <translation>La cuenta está desactivada, así que nadie puede actuar en nombre de este usuario.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>No — the account is switched off</source>
        <translation>No — la cuenta está desactivada</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No — %1</source>
        <translation>No — %1</translation>
    </message>
    <message>
        <source>You cannot read this user&apos;s orders.</source>
        <translation>No puede ver los pedidos de este usuario.</translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation>Todavía no hay pedidos.</translation>
    </message>
    <message>
        <source>You cannot read this user&apos;s addresses.</source>
        <translation>No puede ver las direcciones de este usuario.</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <source>via business unit</source>
        <translation>por unidad de negocio</translation>
    </message>
    <message>
        <source>Neither shipping nor billing</source>
        <translation>Ni envío ni facturación</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>No addresses saved.</source>
        <translation>No hay direcciones guardadas.</translation>
    </message>
</context>
<context>
    <name>onbehalf::VerificationDialog</name>
    <message>
        <source>Verify the caller</source>
        <translation>Verificar a quien llama</translation>
    </message>
    <message>
        <source>Before shopping for this caller, record how you verified who they are.</source>
        <translation>Antes de comprar para esta persona, registre cómo verificó su identidad.</translation>
    </message>
    <message>
        <source>&amp;Other verification:</source>
        <translation>&amp;Otra verificación:</translation>
    </message>
    <message>
        <source>Other verification</source>
        <translation>Otra verificación</translation>
    </message>
    <message>
        <source>&amp;Verified</source>
        <translation>&amp;Verificado</translation>
    </message>
    <message>
        <source>E&amp;nd session</source>
        <translation>&amp;Terminar sesión</translation>
    </message>
    <message>
        <source>Confirmed e-mail on file</source>
        <translation>Correo electrónico registrado confirmado</translation>
    </message>
    <message>
        <source>Confirmed postcode</source>
        <translation>Código postal confirmado</translation>
    </message>
    <message>
        <source>Confirmed last order</source>
        <translation>Último pedido confirmado</translation>
    </message>
</context>
<context>
    <name>onbehalf::WrapUpDialog</name>
    <message>
        <source>Wrap up the call</source>
        <translation>Cerrar la llamada</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Nothing to record</source>
        <translation>Nada que registrar</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>Requiere seguimiento</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalado</translation>
    </message>
    <message>
        <source>No action</source>
        <translation>Sin acción</translation>
    </message>
    <message>
        <source>Wrap-up notes</source>
        <translation>Notas de cierre</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Omitir</translation>
    </message>
    <message>
        <source>&amp;Disposition:</source>
        <translation>Res&amp;ultado:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Record how the call ended (required).</source>
        <translation>Registre cómo terminó la llamada (obligatorio).</translation>
    </message>
    <message>
        <source>Record how the call ended, or press Enter to skip.</source>
        <translation>Registre cómo terminó la llamada o pulse Intro para omitirlo.</translation>
    </message>
</context>
</TS>

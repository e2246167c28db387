from common import P
L="es"
P("forum", L, """
Buenas, vendo base completa de clientes de Caja Andina (caja de ahorro, Cusco / Arequipa / Puno).
Extraída del core en octubre 2026.

Total: 1.200.000 clientes
Campos:
dni | nombres | apellidos | fecha_nac | celular | direccion | distrito | nro_cuenta | saldo | linea_credito

Muestra:
00000001 | JUAN | PRUEBA QUISPE | 1980-04-11 | 900000001 | AV. EJEMPLO 123 | WANCHAQ | 0011-0000000001 | 1520.30 | 5000
00000002 | ROSA | EJEMPLO MAMANI | 1992-09-23 | 900000002 | JR. FALSO 45 | CAYMA | 0011-0000000002 | 88.00 | 0
00000003 | PEDRO | DEMO HUAMAN | 1975-01-30 | 900000003 | CALLE NULA 7 | JULIACA | 0011-0000000003 | 23010.55 | 12000

Precio: 3.500 USD (USDT TRC20). Acepto escrow del foro.
No vendo por partes. Muestra de 500 filas a compradores con reputación.
""", ["caja-andina"], "sale", 1200000, ["national_id","name","date_of_birth","phone","postal_address","bank_account"],
"long forum sale with pipe-separated sample rows; Spanish thousand separators",
title="[VENTA] Caja Andina Perú - 1.2M clientes con DNI y saldo")
P("telegram", L, """
📱 TICOMOVIL CLIENTES PREPAGO 📱
340 mil registros: nombre, cédula, número, fecha de activación
GRATIS 🇨🇷 descarguen antes que lo borren
""", ["ticomovil"], "leak", 340000, ["name","national_id","phone"],
"free Telegram leak, name in capitals without accent; '340 mil' = 340,000")
P("market", L, """
SIMs prepago Costa Rica activadas (Kölbi, TicoMóvil, Claro) — $15 c/u, envío a todo el país
ideales para verificaciones de WhatsApp / Telegram
""", [], "other", None, [],
"goods (SIM cards) for sale, not data of the telecom; watched telecom appears as a brand of SIMs",
title="SIMs prepago CR activadas")
P("forum", L, """
Vendo BD de Clínica Dental Sonrisa (Murcia): 14.000 pacientes con DNI, teléfono e historial de tratamientos.
Pago con escrow, transacción 100% segura, transporte de archivos cifrado.
""", [], "sale", 14000, ["name","national_id","phone","health"],
"ordinary words: 'segura' and 'transporte' in a sale about a non-watched Murcia dental clinic (namesake trap for Transportes Segura)",
title="BD Clínica Dental Murcia 14k pacientes")
P("dls", L, """
Transportes Segura S.L. — transporte frigorífico y logística para el sector hortofrutícola, Murcia, España. 420 camiones, 600 empleados.

Hemos extraído 540 GB de datos:
- RRHH: nóminas, contratos, DNI escaneados de conductores
- Clientes: contratos con cooperativas, tarifas
- Operaciones: albaranes, CMR, seguimiento GPS de envíos 2024-2026
- Finanzas: balances, préstamos, correspondencia bancaria

Estructura:
/NAS01/RRHH/Nominas/2026/
/NAS01/RRHH/Conductores/DNI/ (1.104 archivos)
/NAS01/Trafico/CMR/2026/
/NAS01/Finanzas/Bancos/

Si no nos contactan, todo será publicado en 6 días.
""", ["transportes-segura"], "ransom", None, ["internal_documents","national_id","tracking"],
"long DLS post with file tree; fleet size, staff and file count are not record counts",
title="Transportes Segura S.L.", victim="Transportes Segura S.L.", website="transportessegura.es", country="ES")
P("forum", L, """
Acceso VPN + AD a Farmacias Rias Baixas (Vigo/Pontevedra, 38 farmacias)
usuario de soporte con acceso al servidor de receta electrónica
1.500 USD, garante del foro
""", ["farmacias-rias-baixas"], "access", None, ["access"],
"access sale; 38 pharmacies is a company size, not records",
title="[ACCESO] Cadena de farmacias Galicia - VPN+AD")
P("news", L, """
La Agencia de Protección de Datos abre investigación a Farmacias Rías Baixas
La cadena gallega comunicó una brecha que afectó a datos de pacientes de sus oficinas de Vigo. No ha precisado el número de afectados.
""", ["farmacias-rias-baixas"], "news", None, ["health"],
"news about watched chain's breach; no count")
P("paste", L, """
-- dump clinicahuallaga.pe / tabla pacientes (18.450 filas) --
id_paciente,dni,nombres,apellidos,fecha_nac,telefono,diagnostico_cie10,seguro
1,00000011,ANA,EJEMPLO,1988-02-02,999000111,J45,EPS-DEMO
2,00000012,LUIS,PRUEBA,1960-12-19,999000112,E11,SIS
...
""", ["clinica-huallaga"], "leak", 18450, ["national_id","name","date_of_birth","phone","health","health_insurance"],
"paste dump with CSV header; domain in comment")
P("dls", L, """
Instituto Rioplatense de Tecnologia — instituto terciario, Montevideo.
Datos de 12.300 estudiantes (cédula, email, calificaciones), actas y contratos docentes.
Tiempo restante: 3d 07h
""", ["irt-uy"], "ransom", 12300, ["national_id","email","internal_documents"],
"DLS with Spanish thousands separator; accent dropped in victim field",
title="Instituto Rioplatense de Tecnologia", victim="Instituto Rioplatense de Tecnologia", website="irt.edu.uy", country="UY")
P("forum", L, """
Acceso panel admin IRT Seguros S.A. (Buenos Aires) — broker de seguros, pólizas y clientes
700 USD
""", [], "access", None, ["access"],
"acronym namesake: IRT here is an Argentine insurance broker, not the Uruguayan institute",
title="[ACCESO] IRT Seguros AR")
P("market", L, """
Farmacias Charrua (Montevideo) — clientes con receta
88.000 registros: nombre, CI, teléfono, medicamentos recetados
USD 600 — escrow del market
""", ["farmacias-charrua"], "sale", 88000, ["name","national_id","phone","health"],
"market listing; accent dropped",
title="Farmacias Charrua UY - 88k clientes con receta")
P("chat", L, """
[21:02] <el_tano> vamo arriba, la garra charrúa no se negocia 🇺🇾⚽
[21:03] <pxl> jaja uruguay siempre
""", [], "other", None, [],
"namesake: 'charrúa' as the nickname of Uruguay's national team in chatter")
P("telegram", L, """
💰 DB financiera peruana (microcréditos) — 200k clientes
DNI, nombre, celular, monto de préstamo
$800 — DM
""", [], "sale", 200000, ["national_id","name","phone","bank_account"],
"victim described only by sector and country",
sector=("finance","PE"))
P("forum", L, """
Filtración TiendaVerde.pe (tienda online de productos orgánicos)
76k clientes: nombre, email, teléfono, pedidos
Los pagos se procesaban con la pasarela de Caja Andina, pero no hay datos de tarjetas.
descarga libre
""", [], "leak", 76000, ["name","email","phone","order_history"],
"role: watched bank only as the e-shop's payment provider; no card data",
title="TiendaVerde.pe leak")
P("telegram", L, """
⏱ TICOMOVIL — 5 días.
Tenemos sus bases de abonados y la red interna. Si no pagan, se publica todo.
""", ["ticomovil"], "ransom", None, ["internal_documents"],
"gang countdown; 'bases de abonados' without count")
P("telegram", L, """
🤝 Middleman / escrow hispano — 5% comisión
+300 tratos cerrados, referencias en el canal
@escrow_latam
""", [], "other", None, [],
"escrow service ad")
P("telegram", L, """
CLINICA HUALLAGA — 72 horas para pagar o publicamos historias clínicas.
Lima, Perú. Ya avisamos a sus pacientes.
""", ["clinica-huallaga"], "ransom", None, ["health"],
"extortion message with countdown")
P("forum", L, """
Acceso RDP a TicoMovil (operador móvil Costa Rica) — servidor de portabilidad numérica, usuario admin local
útil para SIM swap. Precio por privado.
""", ["ticomovil"], "access", None, ["access"],
"access offer, DM for price",
title="[ACCESO] Operador móvil CR - RDP")
P("chat", L, """
tengo la base de segura logistica, 3k camioneros con dni + iban, 250€ el lote, escribe
""", ["transportes-segura"], "sale", 3000, ["name","national_id","bank_account"],
"alias 'Segura Logística' in lower case without accent; 250€ price")
P("forum", L, """
farmaciasriasbaixas.es — base de pacientes de receta electrónica
67.210 filas (nombre, DNI, teléfono, medicamento, fecha dispensación)
descarga gratuita, link en el spoiler
""", ["farmacias-rias-baixas"], "leak", 67210, ["name","national_id","phone","health"],
"free forum leak named by domain",
title="[LEAK] Farmacias Rías Baixas 67k")
P("news", L, """
Un ciberataque a Transportes Segura paraliza los envíos de fruta en Murcia
La empresa de transporte frigorífico reconoció que sus sistemas están caídos desde el lunes y que trabaja con la Guardia Civil.
""", ["transportes-segura"], "news", None, [],
"news about watched carrier: mention, not alert")
P("chat", L, """
oí que caja andina está caída desde ayer, alguien sabe si es ransomware o mantenimiento?
""", ["caja-andina"], "other", None, [],
"rumour chatter about the watched bank; no claim")
P("dls", L, """
Transportes Segura — empresa de mudanzas y fletes, Guadalajara, Jalisco.
Contratos, facturas, INE de clientes. 60 GB.
""", [], "ransom", None, ["internal_documents","national_id"],
"namesake: same name, Mexican moving company (website/country differ)",
title="Transportes Segura", victim="Transportes Segura", website="transportessegura.com.mx", country="MX")
P("market", L, """
Caja Andina — 4.500 tarjetas de débito con CVV y fecha de vencimiento
valid rate 80%, $12 por tarjeta, descuento por lote
""", ["caja-andina"], "sale", 4500, ["payment_card"],
"card sale; $12 is a price per record",
title="CAJA ANDINA PE debit 4.5k")
P("telegram", L, """
🚨 se filtró la base de una farmacia uruguaya: Farmacias Charrúa
9 mil clientes con recetas, link gratis abajo
""", ["farmacias-charrua"], "leak", 9000, ["health"],
"free leak; '9 mil' = 9000")
P("news", L, """
Hackean al Banco del Sur Chico y exponen datos de 50.000 clientes
Como en el caso de Caja Andina en 2025, los atacantes publicaron los datos en un foro tras no recibir pago.
""", [], "news", 50000, [],
"news about a non-watched bank; watched bank only as a past example")
P("telegram", L, """
acceso al HIS (historias clínicas) de clinica huallaga, usuario médico + VPN
DM
""", ["clinica-huallaga"], "access", None, ["access"],
"access, lower case name")
P("paste", L, """
IRT Uruguay — notas, cédulas y mails de estudiantes del instituto (Montevideo)
5.900 estudiantes, gratis
""", ["irt-uy"], "leak", 5900, ["national_id","email"],
"acronym IRT with Uruguay/Montevideo/estudiantes keywords")
P("forum", L, """
PACK PERÚ 🇵🇪 3 bases
1) Caja Andina clientes 2024 — 400k
2) Clínica Huallaga pacientes — 18k
3) Tiendas Sol Naciente clientes — 90k
Total 508k registros. $2.000 el pack, no separo.
""", ["caja-andina","clinica-huallaga"], "sale", 508000, [],
"multi-victim bundle; total stated; third victim not watched; no data fields stated",
title="PACK PERÚ 3 bases 508k")

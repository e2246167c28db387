from p_common import p
p("forum","es","sale",["farmacias-cordillera"],210000,["name","national_id","phone","email","health"],
"""Vendo base de clientes de FARMACIAS CORDILLERA (Chile) - farmaciascordillera.cl
210.000 registros, exportada del programa de fidelización + recetas retenidas.

Campos: rut;nombre;apellido;telefono;email;comuna;medicamento;fecha_compra
Muestra:
11111111-1;Juan;Pérez Falso;+56900000001;juan.falso@ejemplo.cl;Ñuñoa;Losartán 50mg;2026-10-02
22222222-2;María;Prueba Soto;+56900000002;maria.prueba@ejemplo.cl;Maipú;Sertralina 50mg;2026-10-05

Precio: 2.000 USD (BTC/USDT). Escrow del foro sí. No vendo por partes.""",
"long sale thread with sample; 210.000 uses dot thousands separator; RUT = national_id",title="[VENTA] Farmacias Cordillera CL 210k")
p("chat","es","other",[],None,[],
"Subimos la cordillera el finde, en el refugio no hay señal ni de broma",
"ordinary word cordillera")
p("dls","es","ransom",["transportes-irati"],None,["internal_documents","name"],
"""Transportes Irati S.L.
Empresa de transporte por carretera con sede en Pamplona, Navarra.
Hemos descargado 190 GB: contratos, nóminas, datos de conductores, facturas de clientes.
Si no se ponen en contacto en 7 días publicaremos todo.

 /FS01/
  ├── ADMINISTRACION/Facturas_2025/
  ├── RRHH/Conductores_DNI/
  ├── FLOTA/tacografos/
  └── CLIENTES/tarifas.xlsx""",
"long DLS post with file tree",title="Transportes Irati S.L.",victim="Transportes Irati S.L.",website="transportesirati.es",country="ES")
p("forum","es","other",[],None,[],
"Ruta por la selva de Irati en otoño, ¿alguien sabe si se puede aparcar en Orbaizeta?",
"place name Irati (forest), no incident")
p("telegram","es","leak",["clinica-valle-pas"],5600,["name","date_of_birth","health","phone"],
"🩺 FILTRACIÓN GRATIS 🩺 clinica valle del pas (Cantabria) pacientes 5.600 - historia clinica parcial, telefonos, fechas de nacimiento. Descarga 👇",
"accents dropped; 5.600 -> 5600")
p("market","es","sale",["banco-austral"],None,["name","national_id","bank_account","phone"],
"BAP Chile - Banco Austral - clientes con cuentas corrientes, RUT, teléfono. Precio por privado.",
"acronym BAP + full name")
p("dls","es","ransom",[],None,["internal_documents"],
"Farmacias Cordillera S.A.\nCadena de farmacias en Mendoza, Argentina. 80 GB.",
"namesake in Argentina; not the Chilean watched chain",title="Farmacias Cordillera S.A.",victim="Farmacias Cordillera S.A.",website="farmaciascordillera.com.ar",country="AR")
p("forum","es","access",["guarani-telecom"],None,["access"],
"Acceso VPN + admin a sistema de facturación de GTel Paraguay (guaranitel.com.py). 2.500 USD. Solo con garante.",
"acronym GTel with domain")
p("news","es","news",["banco-austral"],None,[],
"El Banco Austral del Pacífico informó de un incidente de ciberseguridad que afectó temporalmente a su banca en línea; la entidad asegura que no hubo fuga de datos de clientes.",
"news; no data claimed")
p("telegram","es","sale",["guarani-telecom"],1100000,["name","national_id","phone","postal_address"],
"📱 Guarani Telecom PY 1.1M lineas 📱\nCI, nombre, dirección, número\n💵 800 USDT\n✅ muestra gratis",
"1.1M lines = 1,100,000")
p("forum","es","leak",["dimalecon"],None,["name","phone","order_history"],
"Dejo gratis la base de pedidos de la tienda en línea de DIMALE (Distribuidora Malecón, La Habana). Pedidos pagados desde el exterior, nombres y teléfonos de destinatarios.",
"Cuban retailer; acronym + name")
p("chat","es","other",[],None,[],
"nos vemos en el malecón a las 8, llevo el ron",
"ordinary word malecón")
p("market","es","sale",[],45000,["name","email","health"],
"Vendo 45k pacientes de una clínica privada del norte de España (Cantabria). 350€. No es Valdecilla.",
"sector/country only",sector={"sector":"health","country":"ES"})
p("paste","es","leak",["banco-austral"],2300,["name","email","password"],
"bancoaustral.cl - 2300 credenciales de banca en línea (email:pass) phishing kit logs, gratis",
"host form")
p("news","es","news",[],None,[],
"Tras el ataque a una aseguradora chilena, expertos recuerdan que la filtración de Farmacias Cordillera en 2025 expuso datos de recetas; la nueva brecha sería más pequeña.",
"past example / comparison")
p("forum","es","access",["transportes-irati"],None,["access"],
"vendo acceso RDP a transportista navarro - transportes irati - usuario admin local, 40 equipos. 700$",
"lowercase name")
p("telegram","es","ransom",["farmacias-cordillera"],None,["health","name"],
"⏳ Farmacias Cordillera: quedan 48 horas. Publicaremos recetas y datos de clientes si no pagan. Chat en nuestro blog.",
"ransom countdown on telegram")
p("forum","es","other",[],None,[],
"OJO con el vendedor 'andes_dump': vende 'Banco Austral' pero es la base pública de 2021 de otra cosa. Estafa confirmada.",
"scam warning")
p("market","es","sale",[],None,["payment_card"],
"CCs Paraguay fresh 💳 de comercios varios (NO son de Guaraní Telecom como dice el canal falso). 10$ c/u",
"watched name appears only to deny relationship; generic card sale")
p("dls","es","ransom",["clinica-valle-pas"],None,["health","internal_documents"],
"Clínica Valle del Pas\nCentro médico privado en Cantabria. 95 GB de historias clínicas y documentación interna. Plazo: 10 días.",
"DLS post",title="Clínica Valle del Pas",victim="Clínica Valle del Pas",website="clinicavallepas.es",country="ES")
p("forum","es","sale",["dimalecon"],14000,["name","phone","postal_address"],
"Distribuidora Malecon - 14k clientes (Cuba + remitentes exterior), nombre, tel, dirección. DM.",
"accent dropped")
p("news","es","news",["guarani-telecom"],None,["name","phone"],
"Guaraní Telecom investiga la supuesta venta de datos de sus abonados en un canal de Telegram; la empresa no confirmó la cantidad.",
"news about claimed sale")
p("telegram","es","other",[],None,[],
"Servicio de verificación de bases: te decimos si una base es nueva o reciclada. 20 USDT por revisión.",
"service ad")
p("forum","es","sale",[],130000,["name","email","order_history"],
"Tienda online chilena de electrónica (no digo nombre), 130k pedidos. Pasarela de pagos era del Banco Austral pero el banco no está comprometido. 900 USD.",
"bank as payment provider, not victim; victim retail CL unnamed",sector={"sector":"retail","country":"CL"})
p("paste","es","leak",["transportes-irati"],None,["name","national_id","internal_documents"],
"irati_conductores_dni.zip - filtrado de la publicación del blog - descarga libre",
"file name; re-share of DLS data")
p("chat","es","other",[],None,[],
"¿alguien tiene logs de Chile? busco bancos, pago bien",
"buyer request, no victim")
p("market","es","access",["farmacias-cordillera"],None,["access"],
"Panel admin ecommerce farmaciascordillera.cl (Magento) - acceso completo, pedidos y clientes. 1200 USD.",
"admin panel access")
p("news","es","news",[],None,[],
"Una empresa de transporte de Cantabria sufrió un ciberataque; la policía investiga. No se trata de Transportes Irati, que opera en Navarra, aclaró la asociación del sector.",
"explicit exclusion in news")
p("telegram","es","access",["banco-austral"],None,["access"],
"acceso interno banco austral CL 🏦 citrix + vpn, usuario de TI. precio dm",
"lowercase")

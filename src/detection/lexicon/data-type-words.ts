import type { DataType } from '../../model/analysis.js';

/**
 * How each data type of the benchmark vocabulary (../shared/eval/FORMAT.md) is written in field
 * lists, column headers and prose, in en, fr, es, pt, de, it, nl and ru. Normalized: lower case,
 * no accents; `*` marks a stem, `re:` a raw expression (see lexicon/vocabulary.ts).
 */
export const DATA_TYPE_WORDS: Record<Exclude<DataType, 'access'>, string[]> = {
  name: ['name', 'names', 'namen', 'vornamen', 'nachnamen', 'nomi', 'full name', 'first name', 'last name', 'firstname', 'lastname', 'surname', 'nom', 'noms', 'prenom', 'prenoms',
    'nombre', 'nombres', 'apellido*', 'nome', 'nomes', 'sobrenome', 'vorname', 'nachname', 'naam', 'voornaam', 'achternaam', 'cognome', 'destinatario', 'destinatari', 'empfanger', 'empfangername*', 'destinataire*', 'expediteur*', 'sender*', 'remitente*', 'remetente*', 'отправител*',
    'фио', 'имя', 'фамили*', 'civilite', 'titulaire', 'signatory', 'signataire*', 'signed for it', 'recipient name', 'raison sociale'],
  email: ['email', 'emails', 'e mail', 'e mails', 'mail', 'mails', 'courriel*', 'correo', 'correos', 'correo electronico', 'e-mail', 'email pro',
    'adresses electroniques', 'adresse electronique', 'mail:pass', 'email:pass', 'почта', 'почты', 'почту', 'емейл*', 'имейл*', 'эл почт*', 'мыло'],
  phone: ['phone', 'phones', 'phone number*', 'telephone*', 'tel', 'tél', 'mobile', 'mobil', 'fixe', 'telefono*', 'telefone*', 'telefon*', 'telefoon*', 'telemovel*', 'msisdn', 'cellulare', 'handynummer*', 'numero di telefono', 'numero da linha', 'numero de linea', 'numero de ligne', 'n de ligne', 'n° de ligne', 'номер телефона', 'celular*', 'movil',
    'cell', 'cellphone', 'gsm', 'телефон*', 'моб*', 'numeros de telephone', 'numero de telephone', 'sms'],
  postal_address: ['address', 'addresses', 'adresse*', 'adres', 'addr', 'adr', 'morada', 'moradas', 'anschrift*', 'direccion*', 'endereco*', 'indirizz*', 'адрес*', 'postal code', 'postal codes', 'zip codes', 'postcode', 'post code',
    'zip', 'zip code', 'code postal', 'codes postaux', 'codigo postal', 'cep', 'plz', 'cp', 'почтовый индекс', 'postleitzahl', 'cap'],
  date_of_birth: ['dob', 'date of birth', 'birth date', 'birthdate', 'birthday', 'date de naissance', 'fecha de nacimiento', 'data de nascimento',
    'data di nascita', 'geburtsdatum', 'geboortedatum', 'дата рождения', 'д р', 'naissance'],
  national_id: ['ssn', 'ssns', 'sin', 'nas', 'nir', 'social security', 'securite sociale', 'secu', 'seguridad social', 'seguranca social',
    'registre national', 'rijksregister*', 'national register', 'national id', 'numero national', 'ahv', 'avs', 'ahv nummer', 'passport*', 'passeport*',
    'pasaporte*', 'reisepass*', 'id scan*', 'id card*', 'carte d identite', 'dni', 'cpf', 'nif', 'bsn', 'codice fiscale', 'снилс', 'инн', 'паспорт*',
    'driver license*', 'drivers license*', "driver's licence*", 'permis de conduire', 'personalausweis', 'curp', 'cin', 'nss', 'tin', 'nie', 'cpfs',
    'sv nummer*', 'svnr', 'sozialversicherungsnummer*', 'versicherungsnummer*', 'numero de seguridad social', 'national insurance number*', 'nino', 'pesel',
    'personnummer', 'steuer id', 'tax id', 'itin', 'aadhaar', 'ausweis*', 'piece d identite', 'pieces d identite', 'numero d identite', 'identity number*', 'id number*', 'номер id', 'numero de identidad', 'codici fiscali', 'номер соцстрах*', 'inn', 'carte d identite', 'cartao de cidadao', 'documento de identidad', 'cedula'],
  password: ['password', 'passwords', 'pass', 'passwd', 'mot de passe', 'mots de passe', 'contrasena*', 'senha*', 'passwort*', 'пароль', 'пароли', 'паролей',
    'pin', 'pins', 'pin code*', 'code pin', 'hash', 'hashes', 'hashed', 'bcrypt', 'md5', 'sha1', 'credentials', 'identifiants', 'login:pass', 'user:pass', 'combolist*', 'combo list*'],
  payment_card: ['cvv', 'cvv2', 'cvc', 'credit card*', 'debit card*', 'payment card*', 'card number*', 'carte bancaire', 'cartes bancaires', 'carte de credit',
    'cartes de credit', 'tarjeta de credito', 'tarjetas de credito', 'tarjeta de debito', 'cartao de credito', 'cartoes de credito', 'kreditkarte*',
    'carta di credito', 'карты с cvv', 'pan', 'номер карты', 'номера карт', 're:(?<=[,;:|/]\\s?)(?:tarjetas?|cartao|cartoes|carte|cartes|karte)(?=\\s*(?:[,;.|/\\n]|$))', 'tarjetas de debito', 'tarjetas de credito', 'numero de tarjeta', 'track1', 'track2', 'dumps with pin',
    // Cards taken from a shop's checkout: "CCs BR checkout Lojas Jangada", "Checkout-Karten (… Skimmer)", "tarjetas sacadas del checkout".
    'ccs', 'cc fresh*', 'fresh cc*', 'cc fresche', 'cc frescas', 'cc frais', 'checkout-karten', 'karten aus dem checkout', 'skimmer*', 'skimming', 'magecart', 'tarjetas sacadas', 'cartoes do checkout', 'carte dal checkout', 'cartes du checkout', 'карты с чекаута', 'карты из чекаута'],
  bank_account: ['iban', 'ibans', 'rib', 'bank account*', 'account number*', 'routing', 'sepa', 'sepa mandate*', 'mandat sepa', 'lastschrift*', 'номер счета', 'номера счетов', 'выписки по счетам', 'account statement*', 'releves bancaires', 'extratos bancarios', 'kontoauszug*', 're:banco[;,|\\s]+agencia', 'agencia conta', 'compte bancaire', 'comptes bancaires', 'cuenta bancaria',
    'conta bancaria', 'bankverbindung', 'kontonummer', 'bankrekening*', 'банковск* счет*', 'bic', 'swift'],
  health: ['medical', 'medic*', 'patologi*', 'pathologies', 'pathologien', 'patologias', 'заболевани*', 'diagnosi', 'anamnes*', 'анамнез*', 'patient record*', 'patient file*', 'patient data', 'dossiers patients', 'dossier patient', 'donnees patients', 'donnees de sante',
    'health data', 'health record*', 'diagnos*', 'prescription*', 'rx', 'ordonnance*', 'receta*', 'receita*', 'rezept*', 'medikament*', 'medicament*',
    'medication*', 'drug history', 'drug names', 'din', 'historia clinica', 'patientendaten', 'krankenakte*', 'медицин*', 'диагноз*', 'рецепт*', 'анамнез*', 'lab result*', 'referti', 'referto',
    'cartelle cliniche', 'cartella clinica', 'documenti clinici', 'esito esame', 'esiti', 'leistungsdaten', 'befunde', 'historias clinicas', 'prontuario*', 'медкарт*', 'медицинские карты', 'истори* болезн*', 'medical record*', 'dossiers medicaux', 'dossier medical', 'cartelle mediche'],
  health_insurance: ['mutuelle*', 'carte vitale', 'health card*', 'health insurance', 'assurance maladie', 'krankenkasse*', 'krankenversicherung*', 'obra social',
    'plano de saude', 'seguro medico', 'ohip', 'ramq', 'carteirinha*', 'plano de saude', 'tessera sanitaria', 'carte soleil', 'insurance number', 'полис*', 'омс'],
  order_history: ['order history', 'purchase history', 'order contents', 'order items', 'items ordered', 'order details', 'order number*', 'ordernummer*',
    'historique d achats', 'historique des achats', 'historique de commandes', 'historique des commandes', 'historial de pedidos', 'historial de compras',
    'historico de compras', 'historico de pedidos', 'bestellhistorie', 'bestellverlauf', 'einkaufshistorie', 'kaufhistorie', 'contenu du panier', 'contenu des paniers', 'cart contents', 'basket contents', 'состав заказ*', 'истори* заказ*', 'истори* покуп*',
    're:(?:pharmacy|wholesale|dispensary|retailer|online|b2b)[\\s\\-]+orders(?![\\p{L}])', 'commandes en ligne'],
  tracking: ['tracking', 'tracking number*', 'tracking pin', 'tracking #', 'suivi de colis', 'numero de suivi', 'n de colis', 'numero de colis', 'numero di spedizione', 'numero de envio', 'awb', 'n de suivi', 'no de suivi', 'reperage', 'seguimiento',
    'numero de seguimiento', 'rastreamento', 'rastreio', 'sendungsverfolgung', 'sendungsnummer*', 'zustellstatus', 'lieferschein*', 'zeitfenster', 'tracciamento', 'codice di tracciamento', 
    'delivery status', 'statut de livraison', 'трек*', 'отслеживани*', 'сканирования посылок', 'scan event*', 'shipment number*', 'waybill*'],
  sales_data: ['sales data', 'sales report*', 'sales figures', 'sales numbers', 'sell through', 'sell-through', 'units sold', 'units_sold', 'per store sales',
    'retail sales', 'donnees de ventes', 'chiffres de ventes', 'ventes par', 'datos de ventas', 'dados de vendas', 'umsatzdaten', 'verkaufsdaten',
    'данные о продажах', 'продажи по', 're:(?:weekly|monthly|store-level|per-store)[\\s\\-]+(?:units|sales)', 'revenue_cad', 'revenue per'],
  internal_documents: ['hr', 'h r', 'rh', 'finance', 'financial*', 'finances', 'contract*', 'contrat*', 'contrato*', 'vertrag*', 'vertrage', 'contracten',
    'contratti', 'invoice*', 'facture*', 'factura*', 'fatura*', 'rechnung*', 'facturen', 'payroll', 'paie', 'nomina*', 'folha de pagamento', 'lohn*',
    'comptabilite', 'accounting', 'contabilidad', 'buchhaltung', 'personeelsdossier*', 'personnel file*', 'employee file*', 'documents', 'docs',
    'corporate files', 'corporate docs', 'internal documents', 'documents internes', 'documentos internos', 'interne dokumente', 'audit*', 'legal',
    'network diagram*', 'diagrams', 'negotiation files', 'agreements', 'lease*', 'pitch deck*', 'licence files', 'license files', 'driver records',
    'delivery schedules', 'master data', 'wms database', 'wms exports', 'supplier*', 'fournisseur*', 'jira', 'confluence',
    'sharepoint', 'interne', 'personalakte*', 'protokolle', 'ratsprotokolle', 'sitzungsprotokolle', 'dienstplan*', 'rosters', 'schedules', 'plannings', 'buste paga', 'busta paga', 'marches publics', 'internal export', 'intranet', 'документ*', 'договор*', 'бухгалтер*', 'кадр*'],
  source_code: ['source code', 'code source', 'codigo fuente', 'codigo fonte', 'quellcode', 'исходн*', 'исходники', 'gitlab', 'github', 'bitbucket',
    'repositor*', 'depots git*', 'repos', 'git repo*'],
  ip_address: ['ip', 'ips', 'ip address*', 'adresse ip', 'adresses ip', 'direccion ip', 'ip adresse*', 'ip-адрес*'],
};

/**
 * Short words that are data types only as acronyms in capitals: SIN (Canadian social insurance
 * number) but not Spanish "sin", HR but not "48 hr", CP (code postal) but not "cp" in prose.
 */
export const UPPER_CASE_ONLY = new Set(['inn', 'pin', 'pins', 'sin', 'nas', 'nir', 'avs', 'pan', 'rib', 'bic', 'din', 'cp', 'hr', 'rh', 'cep', 'nif', 'dni', 'cpf', 'bsn', 'cin', 'nss', 'tin', 'nie', 'cap']);

/** Mentions that look like a data type but are not data offered ("password in comments" is the archive's). */
export const NOT_DATA: Partial<Record<DataType, RegExp>> = {
  phone: /mobile\s+(?:operator|money|network|networks|app|apps|banking|wallet|carrier|data|game|games)/gu,
  password: /(?:password|pass|mot de passe|пароль)[\s:]*(?:in|dans|en|во?)\s+(?:the\s+)?(?:comments?|commentaires?|comentarios?|комментари\S*|archive|readme)|(?:archive|rar|zip)\s+password|proxy[_\s]pass|tracking\s+pins?|(?<![a-z_])[a-z_]*password\s*[:=]\s*\S|(?:no|without|sans|sin|sem|ohne|без)\s+(?:password|mot de passe|contrasena|senha|passwort|пароля)/gu,
  email: /(?:государственн\S{0,20}|канадск\S{0,20}|почта\s+росси)\s+почт\S*/gu,
  name: /(?:server|domain|user|host|file|brand|display)[_\s]name/gu,
  payment_card: /(?:medical|health|loyalty|member|membership|advantage|fidelite|vitale|sante|gift|sim|library|student|id)\s+card\s+numbers?|tarjetas?\s+(?:de\s+)?(?:fidelidad|puntos|sanitaria|regalo|medica)|cartao\s+(?:de\s+)?(?:fidelidade|cidadao|sus)/gu,
};

/** Phrases that say the data is credentials to systems: API keys and tokens are access, not records. */
export const ACCESS_DATA_WORDS = ['api key*', 'api token*', 'cles api', 'cle api', 'claves api', 'chaves api', 'ssh key*', 'private key*', 'access token*',
  'secrets', 'credentials to', 'admin credentials', 'vpn credentials', 'ключи api', 'api ключ*', 'claves de api', 'chiavi api', 'api schlussel'];

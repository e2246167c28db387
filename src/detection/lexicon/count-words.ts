/**
 * What the noun after a number says about it, so "150 000 clients" is a record count and
 * "150 pharmacies", "12k hosts", "96 GB" and "212 sales" are not. Normalized words; a trailing
 * `*` is a stem.
 */
export const RECORD_NOUNS = ['records', 'record', 'rows', 'row',
  // What a mailbox or login offer counts: each is one person's way in, and one record.
  'mailboxes', 'mailbox', 'boites', 'caselle', 'postfacher', 'postfach', 'buzones', 'caixas', 'ящик*', 'logins', 'credentials', 'identifiants', 'credenciales',
  'credenciais', 'zugangsdaten', 'credenziali', 'учетн*', 'учётн*',
  'students', 'etudiants', 'estudiantes', 'alunos', 'studenten', 'studierende', 'studenti', 'студент*', 'residents', 'residenti', 'habitants', 'residentes',
  'adherents', 'socios', 'associados', 'soci', 'correntisti', 'akten', 'dossiers', 'fascicoli', 'expedientes', 'assures', 'assicurati', 'versicherte', 'segurados', 'asegurados', 'застрахован*', 'lines', 'lignes', 'linhas', 'lineas', 'zeilen', 'rijen', 'righe', 'строк*', 'записей', 'записи',
  'entries', 'entrees', 'eintrage', 'registros', 'registres', 'customers', 'customer', 'clients', 'client', 'clientes', 'kunden', 'klanten', 'clienti', 'клиент*',
  'accounts', 'comptes', 'cuentas', 'contas', 'аккаунт*', 'users', 'utilisateurs', 'usuarios', 'utenti', 'nutzer', 'пользовател*', 'members', 'membres',
  'miembros', 'membros', 'mitglieder', 'leden', 'abonnes', 'subscribers', 'suscriptores', 'assinantes', 'patients', 'pacientes', 'patienten', 'pazienti',
  'пациент*', 'orders', 'commandes', 'pedidos', 'encomendas', 'bestellungen', 'заказ*', 'shipments', 'envios', 'envois', 'expeditions', 'sendungen',
  'отправлени*', 'deliveries', 'livraisons', 'entregas', 'lieferungen', 'leveringen', 'profiles', 'profils', 'perfiles', 'perfis', 'emails', 'mails',
  'contacts', 'contatos', 'contactos', 'kontakte', 'контакт*', 'leads', 'people', 'personnes', 'personas', 'pessoas', 'personen', 'людей', 'человек',
  'tickets', 'dossiers', 'phones', 'numbers', 'cards', 'cartes', 'tarjetas', 'cartoes', 'карт', 'fullz', 'logs', 'hits', 'credentials', 'combos', 'voters',
  'students', 'etudiants', 'eleves', 'holders', 'individuals', 'identities', 'victims', 'employee records', 'staff records', 'adherents', 'inscrits',
  'apotheekleveringen', 'reclamations', 'claims', 'contribuenti', 'contribuables', 'contribuyentes', 'beneficiarios', 'beneficiaires', 'afiliados', 'asegurados',
  'assicurati', 'laudos', 'exames', 'referti', 'befunde', 'versicherte', 'versicherten', 'policyholders', 'insured', 'abonados', 'abonnes', 'alunos', 'studenti', 'pratiche', 'dossiers', 'assinantes', 'titulares', 'titolari', 'transactions', 'invoices', 'factures', 'prescriptions', 'ordonnances', 'requests', 'demandes'];

/** Places and organizations counted in a description: a fallback when nothing else is counted. */
export const ENTITY_NOUNS = ['stores', 'store', 'magasins', 'tiendas', 'lojas', 'negozi', 'filialen', 'filiales', 'succursales', 'sucursales', 'branches',
  'pharmacies', 'pharmacy', 'farmacias', 'farmacie', 'apotheken', 'apotheek', 'officines', 'аптек*', 'locations', 'shops', 'boutiques', 'dispensaries',
  'dispensaires', 'диспансер*', 'sites', 'clinics', 'cliniques', 'hospitals', 'restaurants', 'retailers', 'detaillants', 'points of sale', 'retail stores',
  'authorized retail stores', 'companies', 'entreprises', 'empresas', 'firmen', 'компани*'];

/**
 * People counted as staff: a headcount in an access offer ("20к+ сотрудников"), but the records
 * themselves in a payroll export ("2.3M employees"). Weak evidence, like places.
 */
export const EMPLOYEE_NOUNS = ['employees', 'employes', 'salaries', 'empleados', 'funcionarios', 'mitarbeiter', 'medewerkers', 'dipendenti', 'сотрудник*', 'staff'];

/** Units that make a number anything but a count of records. */
export const NOT_COUNT_NOUNS = ['hosts', 'host', 'хост*', 'hotes', 'computers', 'endpoints', 'servers', 'serveurs', 'machines', 'workstations', 'pcs', 'devices',
  'reviews', 'avis',
  'resenas', 'avaliacoes', 'отзыв*', 'sales', 'ventes', 'vendas', 'ventas', 'продаж*', 'credits', 'points', 'pts', 'days', 'day', 'jours', 'jour', 'dias', 'tage',
  'dagen', 'дней', 'дня', 'день', 'hours', 'heures', 'horas', 'stunden', 'uur', 'часов', 'minutes', 'min', 'h', 'hrs', 'hr', 'd', 'j', 'months', 'mois', 'meses',
  'monate', 'maanden', 'месяц*', 'years', 'ans', 'anos', 'jahre', 'jaar', 'лет', 'gb', 'go', 'tb', 'to', 'mb', 'mo', 'kb', 'gib', 'tib', 'гб', 'тб', 'мб', 'gig',
  'gigs', 'mirrors', 'parts', 'vouches', 'rep', 'seats', 'likes', 'views', 'countries', 'pays', 'states', 'provinces', 'cities', 'villes', 'km', 'x', 'xlsx',
  'pdf', 'percent', 'ms', 's', 'sec', 'ghz', 'cores', 'vcpu', 'ram', 'mbps', 'gbps', 'ip', 'ips', 'domains', 'shells', 'bots', 'stars', 'votes'];

/** A count of files is weak evidence: "38 xlsx files" is not how many rows they hold. */
export const FILE_NOUNS = ['files', 'fichiers', 'archivos', 'arquivos', 'dateien', 'bestanden', 'файл*', 'folders'];

/** Words before a number that make it anything but the claim: a sample, a listing id, a part. */
export const NOT_COUNT_BEFORE = /(?<![\p{L}\p{N}])(?:sample|samples|echantillon|muestra|amostra|campione|stichprobe|probe|beispiel|exemple|example|ex|образец|lvl|level|niveau|part|partie|parte|teil|часть|listing|id|№|#|bulk|top|version|v|step|шаг|dr|week|semaine|q|page|chapter|season|saison|rank)[^\p{L}\p{N},.;!?]{0,3}$/u;

/** Labels before a number that name it as the count: "rows: 27 412", "hits: 27 118". */
export const COUNT_LABEL_BEFORE = /(?:rows|lines|lignes|records|count|hits|total|entries|customers|clients|users|accounts|members|unique customers|строк|записе[йи]|registros|zeilen|eintrage)\s*[:=]\s*[~≈]?\s*$/u;

/** Currencies written before or after an amount: the number is a price. */
export const CURRENCY_BEFORE = /(?:[$€£¥₽₹₿]|us\$|r\$|c\$|ca\$|au\$|usd|eur|cad|chf|gbp|btc|xmr|usdt|rub|brl|rev|revenue|revenu|chiffre d'affaires|umsatz|выручка|oborot)\s*[~≈]?\s*$/u;
export const CURRENCY_AFTER = /^\s*(?:[$€£¥₽₹₿](?!\s?\d)|usd|usdt|eur|euros?|cad|chf|gbp|btc|xmr|eth|ltc|rub|brl|dollars?|dolares|reais|рубл\S*|долл\S*|бакс\S*|k\$|к\$|m\$|m€|м€|k€|к€|trc20)(?![\p{L}])/u;

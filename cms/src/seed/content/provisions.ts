/**
 * Key provisions of the compendium's demo acts: short model articles with an English text and the
 * text in each original language. They paraphrase what such provisions typically say; they are not
 * quotations of any act. Serbian texts are written in Latin script and transliterated to Cyrillic,
 * as Serbian acts are published in Cyrillic.
 */

/** Language variants of original texts: `bs` is ijekavian BCMS (Bosnia and Herzegovina, Montenegro), `sr` ekavian Serbian. */
export type ProvisionLanguage = 'sq' | 'bs' | 'sr' | 'mk' | 'ro' | 'uk' | 'ru'

interface Version {
  heading: string
  text: string
  /** When the English wording differs for this version (e.g. a jurisdiction's own entry-into-force rule). */
  en?: string
}

export interface ProvisionTemplate {
  reference: string
  heading: string
  text: string
  versions: Partial<Record<ProvisionLanguage, Version>>
}

const T = (
  reference: string,
  heading: string,
  text: string,
  versions: ProvisionTemplate['versions'],
): ProvisionTemplate => ({ reference, heading, text, versions })

export const PROVISIONS = {
  categories: T(
    'Article 4',
    'Categories of weapons',
    'Firearms are classified into category A (prohibited), category B (subject to authorisation) and category C (subject to declaration), in line with the categories used in the European Union.',
    {
      sq: {
        heading: 'Kategoritë e armëve',
        text: 'Armët e zjarrit klasifikohen në kategorinë A (të ndaluara), kategorinë B (që kërkojnë autorizim) dhe kategorinë C (që kërkojnë deklarim), në përputhje me kategoritë që përdoren në Bashkimin Evropian.',
      },
      bs: {
        heading: 'Kategorije oružja',
        text: 'Vatreno oružje razvrstava se u kategoriju A (zabranjeno oružje), kategoriju B (oružje za koje je potrebno odobrenje) i kategoriju C (oružje koje se prijavljuje), u skladu s kategorijama koje se primjenjuju u Evropskoj uniji.',
      },
      sr: {
        heading: 'Kategorije oružja',
        text: 'Vatreno oružje razvrstava se u kategoriju A (zabranjeno oružje), kategoriju B (oružje za koje je potrebno odobrenje) i kategoriju C (oružje koje se prijavljuje), u skladu sa kategorijama koje se primenjuju u Evropskoj uniji.',
      },
      mk: {
        heading: 'Категории на оружје',
        text: 'Огненото оружје се распоредува во категорија А (забрането оружје), категорија Б (оружје за кое е потребно одобрение) и категорија Ц (оружје што се пријавува), во согласност со категориите што се применуваат во Европската унија.',
      },
      ro: {
        heading: 'Categoriile de arme',
        text: 'Armele de foc se clasifică în categoria A (interzise), categoria B (supuse autorizării) și categoria C (supuse declarării), în conformitate cu categoriile utilizate în Uniunea Europeană.',
      },
      uk: {
        heading: 'Категорії зброї',
        text: 'Вогнепальна зброя поділяється на категорію A (заборонена), категорію B (підлягає дозволу) і категорію C (підлягає декларуванню) відповідно до категорій, що застосовуються в Європейському Союзі.',
      },
    },
  ),
  typesByPurpose: T(
    'Article 3',
    'Types of weapons',
    'Depending on the purpose for which they are used, weapons are divided into civilian, service and military weapons.',
    {
      ru: {
        heading: 'Виды оружия',
        text: 'Оружие в зависимости от целей его использования подразделяется на гражданское, служебное и боевое.',
      },
      uk: {
        heading: 'Види зброї',
        text: 'Зброя залежно від мети її використання поділяється на цивільну, службову та бойову.',
      },
    },
  ),
  acquisition: T(
    'Article 11',
    'Authorisation to acquire a weapon',
    'A natural person may acquire a firearm only on the basis of an authorisation issued by the competent police authority of their place of residence.',
    {
      sq: {
        heading: 'Autorizimi për blerjen e armës',
        text: 'Personi fizik mund të blejë armë zjarri vetëm në bazë të autorizimit të lëshuar nga organi kompetent i policisë në vendbanimin e tij.',
      },
      bs: {
        heading: 'Odobrenje za nabavku oružja',
        text: 'Fizičko lice može nabaviti vatreno oružje samo na osnovu odobrenja koje izdaje nadležni organ policije prema mjestu prebivališta.',
      },
      sr: {
        heading: 'Odobrenje za nabavku oružja',
        text: 'Fizičko lice može nabaviti vatreno oružje samo na osnovu odobrenja koje izdaje nadležni organ policije prema mestu prebivališta.',
      },
      mk: {
        heading: 'Одобрение за набавување оружје',
        text: 'Физичко лице може да набави огнено оружје само врз основа на одобрение издадено од надлежниот орган на полицијата според местото на живеење.',
      },
      ro: {
        heading: 'Autorizația de procurare a armei',
        text: 'Persoana fizică poate procura o armă de foc numai în baza autorizației eliberate de organul de poliție competent de la domiciliul său.',
      },
      uk: {
        heading: 'Дозвіл на придбання зброї',
        text: 'Фізична особа може придбати вогнепальну зброю лише на підставі дозволу, виданого уповноваженим органом поліції за місцем її проживання.',
      },
      ru: {
        heading: 'Разрешение на приобретение оружия',
        text: 'Гражданин может приобрести огнестрельное оружие только на основании разрешения, выданного органом внутренних дел по месту его жительства.',
      },
    },
  ),
  refusal: T(
    'Article 12',
    'Grounds for refusal',
    'An authorisation shall be refused to a person who is under 18 years of age, who has been convicted of a criminal offence committed with violence, or whose medical fitness to hold a weapon has not been confirmed.',
    {
      sq: {
        heading: 'Arsyet e refuzimit',
        text: 'Autorizimi refuzohet për personin që nuk ka mbushur 18 vjeç, që është dënuar për vepër penale të kryer me dhunë ose aftësia shëndetësore e të cilit për mbajtjen e armës nuk është vërtetuar.',
      },
      bs: {
        heading: 'Razlozi za odbijanje',
        text: 'Odobrenje se neće izdati licu koje nije navršilo 18 godina, koje je osuđeno za krivično djelo učinjeno uz upotrebu nasilja ili čija zdravstvena sposobnost za držanje oružja nije potvrđena.',
      },
      sr: {
        heading: 'Razlozi za odbijanje',
        text: 'Odobrenje se neće izdati licu koje nije navršilo 18 godina, koje je osuđeno za krivično delo učinjeno uz upotrebu nasilja ili čija zdravstvena sposobnost za držanje oružja nije potvrđena.',
      },
      mk: {
        heading: 'Причини за одбивање',
        text: 'Одобрение нема да се издаде на лице кое не наполнило 18 години, кое е осудено за кривично дело сторено со насилство или чија здравствена способност за држење оружје не е потврдена.',
      },
      ro: {
        heading: 'Motivele de refuz',
        text: 'Autorizația se refuză persoanei care nu a împlinit vârsta de 18 ani, care a fost condamnată pentru o infracțiune săvârșită cu violență sau a cărei aptitudine medicală de a deține o armă nu a fost confirmată.',
      },
      uk: {
        heading: 'Підстави для відмови',
        text: 'У видачі дозволу відмовляється особі, яка не досягла 18 років, яку засуджено за злочин, вчинений із застосуванням насильства, або чию придатність за станом здоров’я до володіння зброєю не підтверджено.',
      },
      ru: {
        heading: 'Основания для отказа',
        text: 'В выдаче разрешения отказывается лицу, не достигшему 18 лет, осуждённому за преступление, совершённое с применением насилия, либо не подтвердившему годность по состоянию здоровья к владению оружием.',
      },
    },
  ),
  records: T(
    'Article 30',
    'Records',
    'Dealers and the competent authority shall keep records of every firearm and its essential components for at least 30 years after the firearm is destroyed.',
    {
      sq: {
        heading: 'Regjistrimi',
        text: 'Tregtarët dhe organi kompetent mbajnë regjistër për çdo armë zjarri dhe për pjesët e saj thelbësore për të paktën 30 vjet pas asgjësimit të armës.',
      },
      bs: {
        heading: 'Evidencije',
        text: 'Trgovci i nadležni organ vode evidenciju o svakom vatrenom oružju i njegovim bitnim dijelovima najmanje 30 godina nakon uništenja oružja.',
      },
      sr: {
        heading: 'Evidencije',
        text: 'Trgovci i nadležni organ vode evidenciju o svakom vatrenom oružju i njegovim bitnim delovima najmanje 30 godina nakon uništenja oružja.',
      },
      mk: {
        heading: 'Евиденција',
        text: 'Трговците и надлежниот орган водат евиденција за секое огнено оружје и за неговите суштински делови најмалку 30 години по уништувањето на оружјето.',
      },
      ro: {
        heading: 'Evidența',
        text: 'Comercianții și autoritatea competentă țin evidența fiecărei arme de foc și a componentelor sale esențiale timp de cel puțin 30 de ani după distrugerea armei.',
      },
      uk: {
        heading: 'Облік',
        text: 'Суб’єкти господарювання та уповноважений орган ведуть облік кожної одиниці вогнепальної зброї та її основних частин щонайменше 30 років після її знищення.',
      },
      ru: {
        heading: 'Учёт',
        text: 'Юридические лица и уполномоченный орган ведут учёт каждой единицы огнестрельного оружия и его основных частей не менее 30 лет после его уничтожения.',
      },
    },
  ),
  marking: T(
    'Article 8',
    'Marking',
    'Every firearm and every essential component placed on the market shall bear a clear, permanent and unique marking, applied at manufacture or at import.',
    {
      sq: {
        heading: 'Shenjimi',
        text: 'Çdo armë zjarri dhe çdo pjesë thelbësore që hidhet në treg duhet të ketë shenjim të qartë, të përhershëm dhe unik, të vendosur gjatë prodhimit ose importit.',
      },
      bs: {
        heading: 'Označavanje',
        text: 'Svako vatreno oružje i svaki bitni dio koji se stavlja u promet mora imati jasnu, trajnu i jedinstvenu oznaku, koja se stavlja pri proizvodnji ili uvozu.',
      },
      sr: {
        heading: 'Označavanje',
        text: 'Svako vatreno oružje i svaki bitni deo koji se stavlja u promet mora imati jasnu, trajnu i jedinstvenu oznaku, koja se stavlja pri proizvodnji ili uvozu.',
      },
      mk: {
        heading: 'Означување',
        text: 'Секое огнено оружје и секој суштински дел што се става во промет мора да има јасна, трајна и единствена ознака, ставена при производството или увозот.',
      },
      ro: {
        heading: 'Marcarea',
        text: 'Fiecare armă de foc și fiecare componentă esențială introdusă pe piață poartă un marcaj clar, permanent și unic, aplicat la fabricare sau la import.',
      },
      uk: {
        heading: 'Маркування',
        text: 'Кожна одиниця вогнепальної зброї та кожна її основна частина, що вводяться в обіг, повинні мати чітке, незмивне та унікальне маркування, нанесене під час виготовлення або ввезення.',
      },
      ru: {
        heading: 'Маркировка',
        text: 'Каждая единица огнестрельного оружия и каждая его основная часть, вводимые в оборот, должны иметь чёткую, несмываемую и уникальную маркировку, наносимую при производстве или ввозе.',
      },
    },
  ),
  deactivation: T(
    'Article 21',
    'Deactivated firearms',
    'A firearm is considered deactivated only if it has been rendered permanently inoperable in accordance with the technical specifications of the European Union and a deactivation certificate has been issued.',
    {
      sq: {
        heading: 'Armët e çaktivizuara',
        text: 'Arma e zjarrit konsiderohet e çaktivizuar vetëm nëse është bërë përgjithmonë e papërdorshme në përputhje me specifikimet teknike të Bashkimit Evropian dhe për të është lëshuar certifikatë çaktivizimi.',
      },
      bs: {
        heading: 'Onesposobljeno oružje',
        text: 'Vatreno oružje smatra se onesposobljenim samo ako je trajno onesposobljeno u skladu s tehničkim specifikacijama Evropske unije i ako je za njega izdata potvrda o onesposobljavanju.',
      },
      sr: {
        heading: 'Onesposobljeno oružje',
        text: 'Vatreno oružje smatra se onesposobljenim samo ako je trajno onesposobljeno u skladu sa tehničkim specifikacijama Evropske unije i ako je za njega izdata potvrda o onesposobljavanju.',
      },
      mk: {
        heading: 'Онеспособено оружје',
        text: 'Огненото оружје се смета за онеспособено само ако е трајно онеспособено во согласност со техничките спецификации на Европската унија и ако за него е издадена потврда за онеспособување.',
      },
      ro: {
        heading: 'Armele dezactivate',
        text: 'O armă de foc este considerată dezactivată numai dacă a fost făcută definitiv inutilizabilă în conformitate cu specificațiile tehnice ale Uniunii Europene și i s-a eliberat un certificat de dezactivare.',
      },
      uk: {
        heading: 'Деактивована зброя',
        text: 'Вогнепальна зброя вважається деактивованою лише в разі, якщо її остаточно приведено в непридатний стан відповідно до технічних специфікацій Європейського Союзу та видано сертифікат про деактивацію.',
      },
    },
  ),
  storage: T(
    'Article 25',
    'Safe storage',
    'Holders shall keep firearms and ammunition separately, in a locked cabinet or safe, so that they cannot be reached by unauthorised persons, in particular children.',
    {
      sq: {
        heading: 'Ruajtja e sigurt',
        text: 'Mbajtësit i ruajnë armët e zjarrit dhe municionin veçmas, në një dollap ose kasafortë të kyçur, në mënyrë që të mos jenë të arritshme për persona të paautorizuar, veçanërisht për fëmijët.',
      },
      bs: {
        heading: 'Sigurno čuvanje',
        text: 'Imaoci čuvaju vatreno oružje i municiju odvojeno, u zaključanom ormaru ili kasi, tako da ne budu dostupni neovlaštenim licima, a posebno djeci.',
      },
      sr: {
        heading: 'Bezbedno čuvanje',
        text: 'Imaoci čuvaju vatreno oružje i municiju odvojeno, u zaključanom ormaru ili kasi, tako da ne budu dostupni neovlašćenim licima, a posebno deci.',
      },
      mk: {
        heading: 'Безбедно чување',
        text: 'Имателите го чуваат огненото оружје и муницијата одделно, во заклучен орман или каса, така што да не се достапни за неовластени лица, особено за децата.',
      },
      ro: {
        heading: 'Păstrarea în siguranță',
        text: 'Deținătorii păstrează armele de foc și munițiile separat, într-un dulap sau seif încuiat, astfel încât să nu fie accesibile persoanelor neautorizate, în special copiilor.',
      },
      uk: {
        heading: 'Безпечне зберігання',
        text: 'Власники зберігають вогнепальну зброю та боєприпаси окремо, у замкненій шафі або сейфі, так щоб вони були недоступні для сторонніх осіб, зокрема дітей.',
      },
      ru: {
        heading: 'Безопасное хранение',
        text: 'Владельцы хранят огнестрельное оружие и боеприпасы раздельно, в запираемом шкафу или сейфе, так чтобы они были недоступны посторонним лицам, в особенности детям.',
      },
    },
  ),
  exportLicence: T(
    'Article 6',
    'Licence',
    'Export, import, transit and brokering of arms and military equipment may be carried out only on the basis of a licence issued by the competent authority.',
    {
      sq: {
        heading: 'Licenca',
        text: 'Eksporti, importi, tranziti dhe ndërmjetësimi i armëve dhe pajisjeve ushtarake mund të kryhen vetëm në bazë të licencës së lëshuar nga autoriteti kompetent.',
      },
      bs: {
        heading: 'Dozvola',
        text: 'Izvoz, uvoz, tranzit i posredovanje u prometu naoružanja i vojne opreme mogu se obavljati samo na osnovu dozvole koju izdaje nadležni organ.',
      },
      sr: {
        heading: 'Dozvola',
        text: 'Izvoz, uvoz, tranzit i posredovanje u prometu naoružanja i vojne opreme mogu se obavljati samo na osnovu dozvole koju izdaje nadležni organ.',
      },
      mk: {
        heading: 'Дозвола',
        text: 'Извозот, увозот, транзитот и посредувањето со вооружување и воена опрема може да се вршат само врз основа на дозвола издадена од надлежниот орган.',
      },
      ro: {
        heading: 'Licența',
        text: 'Exportul, importul, tranzitul și intermedierea armamentului și a echipamentelor militare se efectuează numai în baza unei licențe eliberate de autoritatea competentă.',
      },
      uk: {
        heading: 'Дозвіл',
        text: 'Експорт, імпорт, транзит і брокерська діяльність щодо озброєння та військової техніки здійснюються лише на підставі дозволу, виданого уповноваженим органом.',
      },
      ru: {
        heading: 'Лицензия',
        text: 'Экспорт, импорт, транзит и посредническая деятельность в отношении вооружения и военной техники осуществляются только на основании лицензии, выданной уполномоченным органом.',
      },
    },
  ),
  exportCriteria: T(
    'Article 7',
    'Grounds for refusing a licence',
    'A licence shall be refused where there is a clear risk that the items might be used for internal repression or for serious violations of international humanitarian law, or might be diverted to an undesired end user.',
    {
      sq: {
        heading: 'Arsyet e refuzimit të licencës',
        text: 'Licenca refuzohet kur ekziston rrezik i qartë që mallrat të përdoren për shtypje të brendshme ose për shkelje të rënda të së drejtës ndërkombëtare humanitare, ose të devijohen te një përdorues përfundimtar i padëshiruar.',
      },
      bs: {
        heading: 'Razlozi za odbijanje dozvole',
        text: 'Dozvola se odbija ako postoji jasan rizik da bi roba mogla biti upotrijebljena za unutrašnju represiju ili teška kršenja međunarodnog humanitarnog prava, ili da bi mogla biti preusmjerena nepoželjnom krajnjem korisniku.',
      },
      sr: {
        heading: 'Razlozi za odbijanje dozvole',
        text: 'Dozvola se odbija ako postoji jasan rizik da bi roba mogla biti upotrebljena za unutrašnju represiju ili teška kršenja međunarodnog humanitarnog prava, ili da bi mogla biti preusmerena nepoželjnom krajnjem korisniku.',
      },
      mk: {
        heading: 'Причини за одбивање на дозволата',
        text: 'Дозволата се одбива ако постои јасен ризик стоките да бидат употребени за внатрешна репресија или за тешки повреди на меѓународното хуманитарно право, или да бидат пренасочени кон несакан краен корисник.',
      },
      ro: {
        heading: 'Motivele de refuz al licenței',
        text: 'Licența se refuză atunci când există un risc clar ca bunurile să fie folosite pentru represiune internă sau pentru încălcări grave ale dreptului internațional umanitar ori să fie deturnate către un utilizator final nedorit.',
      },
      uk: {
        heading: 'Підстави для відмови у видачі дозволу',
        text: 'У видачі дозволу відмовляється, якщо існує очевидний ризик використання товарів для внутрішніх репресій або серйозних порушень міжнародного гуманітарного права чи їх переадресування небажаному кінцевому користувачу.',
      },
      ru: {
        heading: 'Основания для отказа в выдаче лицензии',
        text: 'В выдаче лицензии отказывается, если существует явный риск использования товаров для внутренних репрессий или серьёзных нарушений международного гуманитарного права либо их перенаправления нежелательному конечному пользователю.',
      },
    },
  ),
  exportReport: T(
    'Article 27',
    'Annual report',
    'The Government shall publish an annual report on licences issued and exports completed.',
    {
      sq: {
        heading: 'Raporti vjetor',
        text: 'Qeveria publikon një raport vjetor për licencat e lëshuara dhe eksportet e realizuara.',
      },
      bs: {
        heading: 'Godišnji izvještaj',
        text: 'Vlada objavljuje godišnji izvještaj o izdatim dozvolama i izvršenom izvozu.',
      },
      sr: {
        heading: 'Godišnji izveštaj',
        text: 'Vlada objavljuje godišnji izveštaj o izdatim dozvolama i izvršenom izvozu.',
      },
      mk: {
        heading: 'Годишен извештај',
        text: 'Владата објавува годишен извештај за издадените дозволи и извршениот извоз.',
      },
      ro: {
        heading: 'Raportul anual',
        text: 'Guvernul publică un raport anual privind licențele eliberate și exporturile efectuate.',
      },
      uk: { heading: 'Щорічний звіт', text: 'Уряд оприлюднює щорічний звіт про видані дозволи та здійснений експорт.' },
      ru: {
        heading: 'Ежегодный отчёт',
        text: 'Правительство публикует ежегодный отчёт о выданных лицензиях и осуществлённом экспорте.',
      },
    },
  ),
  explosivesTraceability: T(
    'Article 9',
    'Identification and traceability',
    'Explosives for civil use shall bear a unique identification and be traceable at every stage, from manufacture or import to use or destruction.',
    {
      sq: {
        heading: 'Identifikimi dhe gjurmueshmëria',
        text: 'Lëndët plasëse për përdorim civil kanë një identifikim unik dhe janë të gjurmueshme në çdo fazë, nga prodhimi ose importi deri te përdorimi ose asgjësimi.',
      },
      bs: {
        heading: 'Identifikacija i sljedivost',
        text: 'Eksplozivne materije za civilnu upotrebu moraju imati jedinstvenu identifikaciju i biti sljedive u svakoj fazi, od proizvodnje ili uvoza do upotrebe ili uništenja.',
      },
      sr: {
        heading: 'Identifikacija i sledljivost',
        text: 'Eksplozivne materije za civilnu upotrebu moraju imati jedinstvenu identifikaciju i biti sledljive u svakoj fazi, od proizvodnje ili uvoza do upotrebe ili uništenja.',
      },
      mk: {
        heading: 'Идентификација и следливост',
        text: 'Експлозивните материи за цивилна употреба мора да имаат единствена идентификација и да бидат следливи во секоја фаза, од производството или увозот до употребата или уништувањето.',
      },
      ro: {
        heading: 'Identificarea și trasabilitatea',
        text: 'Explozivii de uz civil poartă o identificare unică și sunt trasabili în fiecare etapă, de la fabricare sau import până la utilizare sau distrugere.',
      },
      ru: {
        heading: 'Идентификация и прослеживаемость',
        text: 'Взрывчатые материалы промышленного назначения должны иметь уникальную идентификацию и быть прослеживаемыми на каждом этапе — от производства или ввоза до применения или уничтожения.',
      },
    },
  ),
  securityLicence: T(
    'Article 5',
    'Licence to provide private security',
    'A legal person may provide private security services only with a licence issued by the ministry responsible for internal affairs.',
    {
      sq: {
        heading: 'Licenca për shërbimin e sigurisë private',
        text: 'Personi juridik mund të ofrojë shërbime të sigurisë private vetëm me licencë të lëshuar nga ministria përgjegjëse për punët e brendshme.',
      },
      bs: {
        heading: 'Licenca za pružanje usluga zaštite',
        text: 'Pravno lice može pružati usluge privatne zaštite samo na osnovu licence koju izdaje ministarstvo nadležno za unutrašnje poslove.',
      },
      sr: {
        heading: 'Licenca za obavljanje poslova obezbeđenja',
        text: 'Pravno lice može obavljati poslove privatnog obezbeđenja samo na osnovu licence koju izdaje ministarstvo nadležno za unutrašnje poslove.',
      },
      mk: {
        heading: 'Лиценца за вршење приватно обезбедување',
        text: 'Правно лице може да врши приватно обезбедување само со лиценца издадена од министерството надлежно за внатрешни работи.',
      },
      ro: {
        heading: 'Licența pentru activitatea de pază',
        text: 'Persoana juridică poate presta servicii de pază privată numai în baza unei licențe eliberate de ministerul afacerilor interne.',
      },
      ru: {
        heading: 'Лицензия на охранную деятельность',
        text: 'Юридическое лицо может оказывать охранные услуги только при наличии лицензии, выданной Министерством внутренних дел.',
      },
    },
  ),
  securityWeapons: T(
    'Article 17',
    'Firearms of security staff',
    'Security staff may carry a firearm only while on duty and only if they hold a permit issued for that purpose.',
    {
      sq: {
        heading: 'Armët e punonjësve të sigurisë',
        text: 'Punonjësit e sigurisë mund të mbajnë armë zjarri vetëm gjatë shërbimit dhe vetëm nëse kanë leje të lëshuar për këtë qëllim.',
      },
      bs: {
        heading: 'Oružje zaštitara',
        text: 'Zaštitari mogu nositi vatreno oružje samo za vrijeme obavljanja dužnosti i samo ako posjeduju dozvolu izdatu u tu svrhu.',
      },
      sr: {
        heading: 'Oružje službenika obezbeđenja',
        text: 'Službenici obezbeđenja mogu nositi vatreno oružje samo tokom vršenja dužnosti i samo ako poseduju dozvolu izdatu u tu svrhu.',
      },
      mk: {
        heading: 'Оружје на службениците за обезбедување',
        text: 'Службениците за обезбедување може да носат огнено оружје само додека се на должност и само ако имаат дозвола издадена за таа намена.',
      },
      ro: {
        heading: 'Armele personalului de pază',
        text: 'Personalul de pază poate purta armă de foc numai în timpul serviciului și numai dacă deține un permis eliberat în acest scop.',
      },
      ru: {
        heading: 'Оружие работников охраны',
        text: 'Работники охраны вправе иметь при себе огнестрельное оружие только при исполнении служебных обязанностей и при наличии разрешения, выданного для этой цели.',
      },
    },
  ),
  criminalOffence: T(
    'Article 348',
    'Illegal manufacture, possession and trade in weapons',
    'Whoever without authorisation manufactures, acquires, possesses, carries or sells firearms, ammunition or explosives shall be punished by imprisonment of one to eight years.',
    {
      sq: {
        heading: 'Prodhimi, mbajtja dhe tregtimi i paligjshëm i armëve',
        text: 'Kushdo që pa autorizim prodhon, blen, mban, bart ose shet armë zjarri, municion ose lëndë plasëse dënohet me burgim nga një deri në tetë vjet.',
      },
      bs: {
        heading: 'Neovlaštena proizvodnja, držanje i promet oružja',
        text: 'Ko neovlašteno izrađuje, nabavlja, drži, nosi ili prodaje vatreno oružje, municiju ili eksplozivne materije, kaznit će se kaznom zatvora od jedne do osam godina.',
      },
      sr: {
        heading: 'Nedozvoljena proizvodnja, držanje, nošenje i promet oružja i eksplozivnih materija',
        text: 'Ko neovlašćeno izrađuje, nabavlja, drži, nosi ili prodaje vatreno oružje, municiju ili eksplozivne materije, kazniće se zatvorom od jedne do osam godina.',
      },
      mk: {
        heading: 'Недозволено изработување, држење и тргување со оружје',
        text: 'Тој што неовластено изработува, набавува, држи, носи или продава огнено оружје, муниција или експлозивни материи, ќе се казни со затвор од една до осум години.',
      },
      ro: {
        heading: 'Fabricarea, deținerea și comercializarea ilegală a armelor',
        text: 'Fabricarea, procurarea, deținerea, purtarea sau comercializarea fără autorizație a armelor de foc, munițiilor sau explozivilor se pedepsește cu închisoare de la unu la opt ani.',
      },
      uk: {
        heading: 'Незаконне поводження зі зброєю, бойовими припасами або вибуховими речовинами',
        text: 'Виготовлення, придбання, зберігання, носіння або збут вогнепальної зброї, бойових припасів чи вибухових речовин без передбаченого законом дозволу караються позбавленням волі на строк від одного до восьми років.',
      },
      ru: {
        heading: 'Незаконные действия в отношении огнестрельного оружия, боеприпасов и взрывчатых веществ',
        text: 'Незаконные изготовление, приобретение, хранение, ношение или сбыт огнестрельного оружия, боеприпасов или взрывчатых веществ наказываются лишением свободы на срок от одного года до восьми лет.',
      },
    },
  ),
  hunting: T(
    'Article 40',
    'Carrying a hunting weapon',
    'A hunting weapon may be carried in a hunting ground only by a person who holds a valid hunting licence and a permit for the weapon.',
    {
      sq: {
        heading: 'Mbajtja e armës së gjuetisë',
        text: 'Arma e gjuetisë mund të mbahet në zonën e gjuetisë vetëm nga personi që ka leje të vlefshme gjuetie dhe leje për armën.',
      },
      bs: {
        heading: 'Nošenje lovačkog oružja',
        text: 'Lovačko oružje u lovištu može nositi samo lice koje ima važeću lovačku dozvolu i dozvolu za oružje.',
      },
      sr: {
        heading: 'Nošenje lovačkog oružja',
        text: 'Lovačko oružje u lovištu može nositi samo lice koje ima važeću lovačku dozvolu i dozvolu za oružje.',
      },
      mk: {
        heading: 'Носење ловечко оружје',
        text: 'Ловечко оружје во ловиште може да носи само лице кое има важечка ловечка дозвола и дозвола за оружјето.',
      },
      ro: {
        heading: 'Portul armei de vânătoare',
        text: 'Arma de vânătoare poate fi purtată în fondul de vânătoare numai de persoana care deține permis de vânătoare valabil și permis pentru armă.',
      },
      uk: {
        heading: 'Носіння мисливської зброї',
        text: 'Мисливську зброю в мисливських угіддях може мати при собі лише особа, яка має чинне посвідчення мисливця та дозвіл на зброю.',
      },
      ru: {
        heading: 'Ношение охотничьего оружия',
        text: 'Охотничье оружие в охотничьих угодьях вправе иметь при себе только лицо, имеющее действительное удостоверение на право охоты и разрешение на оружие.',
      },
    },
  ),
  surplus: T(
    'Article 15',
    'Surplus weapons and ammunition',
    'Weapons and ammunition declared surplus to defence needs shall be destroyed, or disposed of in another lawful way, in accordance with a programme adopted by the Government.',
    {
      sq: {
        heading: 'Tepricat e armëve dhe municioneve',
        text: 'Armët dhe municionet e shpallura tepricë për nevojat e mbrojtjes asgjësohen ose tjetërsohen në mënyrë tjetër të ligjshme, në përputhje me programin e miratuar nga Qeveria.',
      },
      bs: {
        heading: 'Višak naoružanja i municije',
        text: 'Naoružanje i municija proglašeni viškom za potrebe odbrane uništavaju se ili se s njima raspolaže na drugi zakonit način, u skladu s programom koji donosi Vlada.',
      },
      sr: {
        heading: 'Višak naoružanja i municije',
        text: 'Naoružanje i municija proglašeni viškom za potrebe odbrane uništavaju se ili se sa njima raspolaže na drugi zakonit način, u skladu sa programom koji donosi Vlada.',
      },
      mk: {
        heading: 'Вишок на вооружување и муниција',
        text: 'Вооружувањето и муницијата прогласени за вишок за потребите на одбраната се уништуваат или со нив се располага на друг законит начин, во согласност со програма што ја донесува Владата.',
      },
      ro: {
        heading: 'Surplusul de armament și muniții',
        text: 'Armamentul și munițiile declarate excedentare pentru nevoile apărării se distrug sau se înstrăinează în alt mod legal, în conformitate cu un program aprobat de Guvern.',
      },
      uk: {
        heading: 'Надлишки озброєння та боєприпасів',
        text: 'Озброєння та боєприпаси, визнані надлишковими для потреб оборони, підлягають знищенню або іншому законному відчуженню відповідно до програми, затвердженої Урядом.',
      },
      ru: {
        heading: 'Излишки вооружения и боеприпасов',
        text: 'Вооружение и боеприпасы, признанные излишними для нужд обороны, подлежат уничтожению или иному законному отчуждению в соответствии с программой, утверждаемой Правительством.',
      },
    },
  ),
  strategyObjective: T(
    'Section 3',
    'General objective',
    'To reduce the risks of illegal possession, misuse and trafficking of small arms and light weapons, their ammunition and explosives, through harmonised legislation, effective institutions and regional cooperation.',
    {
      sq: {
        heading: 'Objektivi i përgjithshëm',
        text: 'Zvogëlimi i rreziqeve nga mbajtja e paligjshme, keqpërdorimi dhe trafikimi i armëve të vogla dhe të lehta, i municioneve dhe i lëndëve plasëse, përmes legjislacionit të harmonizuar, institucioneve efektive dhe bashkëpunimit rajonal.',
      },
      bs: {
        heading: 'Opći cilj',
        text: 'Smanjenje rizika od nelegalnog posjedovanja, zloupotrebe i krijumčarenja malog i lakog oružja, municije i eksploziva kroz usklađeno zakonodavstvo, efikasne institucije i regionalnu saradnju.',
      },
      sr: {
        heading: 'Opšti cilj',
        text: 'Smanjenje rizika od nelegalnog posedovanja, zloupotrebe i krijumčarenja malog i lakog oružja, municije i eksploziva kroz usklađeno zakonodavstvo, efikasne institucije i regionalnu saradnju.',
      },
      mk: {
        heading: 'Општа цел',
        text: 'Намалување на ризиците од нелегално поседување, злоупотреба и трговија со мало и лесно оружје, муниција и експлозиви преку усогласено законодавство, ефикасни институции и регионална соработка.',
      },
      ro: {
        heading: 'Obiectivul general',
        text: 'Reducerea riscurilor legate de deținerea ilegală, utilizarea abuzivă și traficul de arme mici și armament ușor, de muniții și explozivi, prin legislație armonizată, instituții eficiente și cooperare regională.',
      },
    },
  ),
  strategyMeasures: T(
    'Section 5',
    'Strategic goals',
    'Harmonise legislation with the EU framework; base policy on evidence; reduce illicit flows and illegal possession; destroy surplus and seized weapons; and secure stockpiles against theft and diversion.',
    {
      sq: {
        heading: 'Qëllimet strategjike',
        text: 'Harmonizimi i legjislacionit me kuadrin e BE-së; politika të bazuara në të dhëna; zvogëlimi i flukseve të paligjshme dhe i mbajtjes së paligjshme; asgjësimi i tepricave dhe i armëve të sekuestruara; dhe sigurimi i rezervave kundër vjedhjes dhe devijimit.',
      },
      bs: {
        heading: 'Strateški ciljevi',
        text: 'Usklađivanje zakonodavstva s okvirom EU; politike zasnovane na dokazima; smanjenje nezakonitih tokova i nelegalnog posjedovanja; uništavanje viškova i oduzetog oružja; i zaštita zaliha od krađe i preusmjeravanja.',
      },
      ro: {
        heading: 'Obiectivele strategice',
        text: 'Armonizarea legislației cu cadrul UE; politici bazate pe date; reducerea fluxurilor ilicite și a deținerii ilegale; distrugerea surplusului și a armelor confiscate; și securizarea stocurilor împotriva furtului și deturnării.',
      },
    },
  ),
  focalPoint: T(
    'Measure 2.1',
    'Firearms focal point',
    'Establish and equip a firearms focal point within the police, responsible for collecting and analysing all firearms-related information. Responsible: ministry of internal affairs. Deadline: end of the second year.',
    {
      sq: {
        heading: 'Pika e kontaktit për armët e zjarrit',
        text: 'Krijimi dhe pajisja e një pike kontakti për armët e zjarrit në polici, përgjegjëse për mbledhjen dhe analizën e të gjitha informacioneve që lidhen me armët e zjarrit. Përgjegjës: ministria e punëve të brendshme. Afati: fundi i vitit të dytë.',
      },
      bs: {
        heading: 'Kontakt tačka za vatreno oružje',
        text: 'Uspostaviti i opremiti kontakt tačku za vatreno oružje u okviru policije, nadležnu za prikupljanje i analizu svih informacija u vezi s vatrenim oružjem. Nosilac: ministarstvo unutrašnjih poslova. Rok: kraj druge godine.',
      },
      mk: {
        heading: 'Контактна точка за огнено оружје',
        text: 'Да се воспостави и опреми контактна точка за огнено оружје во рамките на полицијата, надлежна за собирање и анализа на сите информации поврзани со огненото оружје. Носител: Министерство за внатрешни работи. Рок: крај на втората година.',
      },
    },
  ),
  collectionCampaign: T(
    'Measure 4.2',
    'Voluntary surrender',
    'Organise a campaign for the voluntary surrender of illegally held weapons, ammunition and explosives, combined with a public awareness campaign. Responsible: ministry of internal affairs. Deadline: annually.',
    {
      bs: {
        heading: 'Dobrovoljna predaja',
        text: 'Organizovati akciju dobrovoljne predaje nelegalno posjedovanog oružja, municije i eksploziva, uz kampanju podizanja svijesti javnosti. Nosilac: ministarstvo unutrašnjih poslova. Rok: svake godine.',
      },
      mk: {
        heading: 'Доброволно предавање',
        text: 'Да се организира акција за доброволно предавање на нелегално поседувано оружје, муниција и експлозиви, заедно со кампања за подигање на јавната свест. Носител: Министерство за внатрешни работи. Рок: секоја година.',
      },
    },
  ),
  ratifyAtt: T(
    'Article 1',
    'Ratification',
    'The Arms Trade Treaty, adopted in New York on 2 April 2013, is hereby ratified.',
    {
      bs: {
        heading: 'Potvrđivanje',
        text: 'Potvrđuje se Ugovor o trgovini oružjem, usvojen u Njujorku 2. aprila 2013. godine.',
      },
      ro: {
        heading: 'Ratificarea',
        text: 'Se ratifică Tratatul privind comerțul cu arme, adoptat la New York la 2 aprilie 2013.',
      },
    },
  ),
  attAuthority: T(
    'Article 2',
    'National authority',
    'The ministry responsible for foreign trade is designated as the national authority responsible for implementing the Treaty.',
    {
      bs: {
        heading: 'Nacionalni organ',
        text: 'Ministarstvo nadležno za spoljnu trgovinu određuje se kao nacionalni organ odgovoran za sprovođenje Ugovora.',
      },
      ro: {
        heading: 'Autoritatea națională',
        text: 'Ministerul responsabil de comerțul exterior se desemnează drept autoritate națională responsabilă de punerea în aplicare a Tratatului.',
      },
    },
  ),
  amendCategories: T(
    'Article 1',
    'Categories of weapons',
    'The article on categories of weapons is replaced so that categories A, B and C correspond to those of the EU Firearms Directive.',
    {
      sq: {
        heading: 'Kategoritë e armëve',
        text: 'Neni për kategoritë e armëve zëvendësohet, në mënyrë që kategoritë A, B dhe C të përputhen me ato të Direktivës së BE-së për armët e zjarrit.',
      },
      bs: {
        heading: 'Kategorije oružja',
        text: 'Član o kategorijama oružja zamjenjuje se tako da kategorije A, B i C odgovaraju kategorijama iz Direktive EU o vatrenom oružju.',
      },
      sr: {
        heading: 'Kategorije oružja',
        text: 'Član o kategorijama oružja zamenjuje se tako da kategorije A, B i C odgovaraju kategorijama iz Direktive EU o vatrenom oružju.',
      },
      mk: {
        heading: 'Категории на оружје',
        text: 'Членот за категориите на оружје се заменува, така што категориите А, Б и Ц одговараат на категориите од Директивата на ЕУ за огнено оружје.',
      },
      ro: {
        heading: 'Categoriile de arme',
        text: 'Articolul privind categoriile de arme se înlocuiește astfel încât categoriile A, B și C să corespundă celor din Directiva UE privind armele de foc.',
      },
    },
  ),
  amendRecords: T(
    'Article 2',
    'Record-keeping',
    'Records of firearms and their essential components are to be kept for 30 years after the destruction of the firearm, in a computerised data-filing system.',
    {
      sq: {
        heading: 'Mbajtja e regjistrave',
        text: 'Regjistrat e armëve të zjarrit dhe të pjesëve të tyre thelbësore ruhen për 30 vjet pas asgjësimit të armës, në një sistem të kompjuterizuar të të dhënave.',
      },
      bs: {
        heading: 'Vođenje evidencija',
        text: 'Evidencije o vatrenom oružju i njegovim bitnim dijelovima čuvaju se 30 godina nakon uništenja oružja, u kompjuterizovanom sistemu podataka.',
      },
      sr: {
        heading: 'Vođenje evidencija',
        text: 'Evidencije o vatrenom oružju i njegovim bitnim delovima čuvaju se 30 godina nakon uništenja oružja, u kompjuterizovanom sistemu podataka.',
      },
      mk: {
        heading: 'Водење евиденција',
        text: 'Евиденцијата за огненото оружје и неговите суштински делови се чува 30 години по уништувањето на оружјето, во компјутеризиран систем на податоци.',
      },
      ro: {
        heading: 'Ținerea evidenței',
        text: 'Evidența armelor de foc și a componentelor lor esențiale se păstrează timp de 30 de ani după distrugerea armei, într-un sistem informatizat de date.',
      },
      uk: {
        heading: 'Ведення обліку',
        text: 'Облік вогнепальної зброї та її основних частин ведеться в автоматизованій системі даних і зберігається 30 років після знищення зброї.',
      },
      ru: {
        heading: 'Ведение учёта',
        text: 'Учёт огнестрельного оружия и его основных частей ведётся в автоматизированной системе и хранится 30 лет после уничтожения оружия.',
      },
    },
  ),
  amendDeactivation: T(
    'Article 3',
    'Deactivation',
    'A new article is inserted requiring deactivated firearms to meet the standards of Commission Implementing Regulation (EU) 2015/2403 and to be verified by the competent authority.',
    {
      sq: {
        heading: 'Çaktivizimi',
        text: 'Shtohet një nen i ri, sipas të cilit armët e çaktivizuara duhet të përmbushin standardet e Rregullores Zbatuese (BE) 2015/2403 të Komisionit dhe të verifikohen nga organi kompetent.',
      },
      bs: {
        heading: 'Onesposobljavanje',
        text: 'Dodaje se novi član kojim se propisuje da onesposobljeno vatreno oružje mora ispunjavati standarde Provedbene uredbe Komisije (EU) 2015/2403 i da ga provjerava nadležni organ.',
      },
      sr: {
        heading: 'Onesposobljavanje',
        text: 'Dodaje se novi član kojim se propisuje da onesposobljeno vatreno oružje mora ispunjavati standarde Sprovedbene uredbe Komisije (EU) 2015/2403 i da ga proverava nadležni organ.',
      },
      mk: {
        heading: 'Онеспособување',
        text: 'Се додава нов член со кој се пропишува дека онеспособеното огнено оружје мора да ги исполнува стандардите од Спроведбената регулатива на Комисијата (ЕУ) 2015/2403 и да биде проверено од надлежниот орган.',
      },
      ro: {
        heading: 'Dezactivarea',
        text: 'Se introduce un articol nou potrivit căruia armele de foc dezactivate trebuie să respecte standardele Regulamentului de punere în aplicare (UE) 2015/2403 al Comisiei și să fie verificate de autoritatea competentă.',
      },
    },
  ),
  amendPenalties: T(
    'Article 4',
    'Fines',
    'The fines for failing to store weapons and ammunition safely, and for failing to report the loss or theft of a weapon, are increased.',
    {
      sq: {
        heading: 'Gjobat',
        text: 'Rriten gjobat për mosruajtjen e sigurt të armëve dhe municionit dhe për mosdeklarimin e humbjes ose vjedhjes së armës.',
      },
      bs: {
        heading: 'Novčane kazne',
        text: 'Povećavaju se novčane kazne za nepropisno čuvanje oružja i municije i za neprijavljivanje gubitka ili krađe oružja.',
      },
      sr: {
        heading: 'Novčane kazne',
        text: 'Povećavaju se novčane kazne za nepropisno čuvanje oružja i municije i za neprijavljivanje gubitka ili krađe oružja.',
      },
      mk: {
        heading: 'Глоби',
        text: 'Се зголемуваат глобите за непрописно чување оружје и муниција и за непријавување на губење или кражба на оружје.',
      },
      ro: {
        heading: 'Amenzile',
        text: 'Se majorează amenzile pentru nepăstrarea în siguranță a armelor și munițiilor și pentru nedeclararea pierderii sau furtului armei.',
      },
      uk: {
        heading: 'Штрафи',
        text: 'Збільшуються штрафи за недотримання правил зберігання зброї та боєприпасів і за неповідомлення про втрату чи викрадення зброї.',
      },
      ru: {
        heading: 'Штрафы',
        text: 'Увеличиваются штрафы за нарушение правил хранения оружия и боеприпасов и за несообщение об утрате или хищении оружия.',
      },
    },
  ),
  amendRegister: T(
    'Article 1',
    'Electronic register',
    'The competent authority shall keep the register of weapons and their holders in electronic form, and all existing records shall be transferred to it.',
    {
      sq: {
        heading: 'Regjistri elektronik',
        text: 'Organi kompetent mban regjistrin e armëve dhe të mbajtësve të tyre në formë elektronike, në të cilin transferohen të gjitha të dhënat ekzistuese.',
      },
      bs: {
        heading: 'Elektronski registar',
        text: 'Nadležni organ vodi registar oružja i njegovih imalaca u elektronskom obliku, u koji se prenose sve postojeće evidencije.',
      },
      sr: {
        heading: 'Elektronski registar',
        text: 'Nadležni organ vodi registar oružja i njegovih imalaca u elektronskom obliku, u koji se prenose sve postojeće evidencije.',
      },
      mk: {
        heading: 'Електронски регистар',
        text: 'Надлежниот орган води регистар на оружјето и неговите иматели во електронска форма, во кој се пренесуваат сите постојни евиденции.',
      },
      ro: {
        heading: 'Registrul electronic',
        text: 'Autoritatea competentă ține registrul armelor și al deținătorilor acestora în formă electronică, în care se transferă toate evidențele existente.',
      },
      uk: {
        heading: 'Електронний реєстр',
        text: 'Уповноважений орган веде реєстр зброї та її власників в електронній формі, до якого переносяться всі наявні облікові дані.',
      },
      ru: {
        heading: 'Электронный реестр',
        text: 'Уполномоченный орган ведёт реестр оружия и его владельцев в электронном виде, в который переносятся все имеющиеся учётные данные.',
      },
    },
  ),
  repeal: T(
    'Final provisions',
    'Repeal',
    'On the day this act enters into force, the act it replaces ceases to have effect.',
    {
      sq: {
        heading: 'Shfuqizimi',
        text: 'Në ditën e hyrjes në fuqi të këtij akti, akti që ai zëvendëson shfuqizohet.',
      },
      bs: {
        heading: 'Prestanak važenja',
        text: 'Danom stupanja na snagu ovog propisa prestaje da važi propis koji se njime zamjenjuje.',
      },
      sr: {
        heading: 'Prestanak važenja',
        text: 'Danom stupanja na snagu ovog zakona prestaje da važi zakon koji se njime zamenjuje.',
      },
      mk: {
        heading: 'Престанок на важење',
        text: 'Со денот на влегувањето во сила на овој закон престанува да важи законот што се заменува со него.',
      },
      ro: {
        heading: 'Abrogarea',
        text: 'La data intrării în vigoare a prezentei legi se abrogă legea pe care aceasta o înlocuiește.',
      },
    },
  ),
  entryIntoForce: T(
    'Final provisions',
    'Entry into force',
    'This act enters into force on the eighth day after its publication in the official gazette.',
    {
      sq: {
        heading: 'Hyrja në fuqi',
        text: 'Ky akt hyn në fuqi 15 ditë pas botimit në Fletoren Zyrtare.',
        en: 'This act enters into force 15 days after its publication in the Official Journal.',
      },
      bs: {
        heading: 'Stupanje na snagu',
        text: 'Ovaj propis stupa na snagu osmog dana od dana objavljivanja u službenom glasniku.',
      },
      sr: {
        heading: 'Stupanje na snagu',
        text: 'Ovaj zakon stupa na snagu osmog dana od dana objavljivanja u „Službenom glasniku Republike Srbije”.',
        en: 'This law enters into force on the eighth day after its publication in the Official Gazette of the Republic of Serbia.',
      },
      mk: {
        heading: 'Влегување во сила',
        text: 'Овој закон влегува во сила осмиот ден од денот на објавувањето во „Службен весник“.',
        en: 'This law enters into force on the eighth day after its publication in the Official Gazette.',
      },
      ro: {
        heading: 'Intrarea în vigoare',
        text: 'Prezenta lege intră în vigoare la data publicării în Monitorul Oficial al Republicii Moldova.',
        en: 'This law enters into force on the date of its publication in the Official Gazette of the Republic of Moldova.',
      },
      uk: {
        heading: 'Набрання чинності',
        text: 'Цей акт набирає чинності з дня його офіційного опублікування.',
        en: 'This act enters into force on the day of its official publication.',
      },
      ru: {
        heading: 'Вступление в силу',
        text: 'Настоящий Закон вступает в силу через три месяца после его официального опубликования.',
        en: 'This Law enters into force three months after its official publication.',
      },
    },
  ),
} satisfies Record<string, ProvisionTemplate>

export type ProvisionKey = keyof typeof PROVISIONS

const LATIN_TO_CYRILLIC: [string, string][] = [
  ['Lj', 'Љ'],
  ['LJ', 'Љ'],
  ['lj', 'љ'],
  ['Nj', 'Њ'],
  ['NJ', 'Њ'],
  ['nj', 'њ'],
  ['Dž', 'Џ'],
  ['DŽ', 'Џ'],
  ['dž', 'џ'],
]
const SINGLE: Record<string, string> = {
  A: 'А',
  B: 'Б',
  V: 'В',
  G: 'Г',
  D: 'Д',
  Đ: 'Ђ',
  E: 'Е',
  Ž: 'Ж',
  Z: 'З',
  I: 'И',
  J: 'Ј',
  K: 'К',
  L: 'Л',
  M: 'М',
  N: 'Н',
  O: 'О',
  P: 'П',
  R: 'Р',
  S: 'С',
  T: 'Т',
  Ć: 'Ћ',
  U: 'У',
  F: 'Ф',
  H: 'Х',
  C: 'Ц',
  Č: 'Ч',
  Š: 'Ш',
  a: 'а',
  b: 'б',
  v: 'в',
  g: 'г',
  d: 'д',
  đ: 'ђ',
  e: 'е',
  ž: 'ж',
  z: 'з',
  i: 'и',
  j: 'ј',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  r: 'р',
  s: 'с',
  t: 'т',
  ć: 'ћ',
  u: 'у',
  f: 'ф',
  h: 'х',
  c: 'ц',
  č: 'ч',
  š: 'ш',
}

/**
 * Serbian Latin → Cyrillic (one-to-one except the digraphs lj, nj, dž).
 * @example toSerbianCyrillic('Zakon o oružju i municiji') // 'Закон о оружју и муницији'
 */
export function toSerbianCyrillic(latin: string): string {
  let out = ''
  for (let i = 0; i < latin.length; i++) {
    const pair = LATIN_TO_CYRILLIC.find(([l]) => latin.startsWith(l, i))
    if (pair) {
      out += pair[1]
      i += pair[0].length - 1
      continue
    }
    const ch = latin[i]!
    out += SINGLE[ch] ?? ch
  }
  return out
}

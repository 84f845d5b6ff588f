// Words of a service being delivered in a message: the employee telling a
// client, patient, pupil or relative about their case, their appointment,
// their medicine or their test. Read by ../detectors/contact-client/service-talk.ts,
// which decides when they add up; patterns use the `*` syntax of ../text/terms.ts.
//
// Tags:
//   admin        a case, benefit or service applied for ("avslaget", "bostøtte",
//                "färdtjänst", "housing benefit"): counts with "du"/"you" in its sentence
//   task         a test, a task, an appointment or a medicine: counts after a reminder
//   reminder     "husk", "glöm inte", "don't forget" at the start of a sentence
//   appointment  a visit or appointment: counts when it is moved, said to "you"
//   moved        "flytta", "flyttad", "rescheduled", "put you down"
//   relative     the recipient's relative ("mora di", "din pappa", "your mum")
//   care         the day of someone in care ("spiste", "sov", "frukosten", "a short walk")
//   voice        the employee's own service voice ("eg kjem innom", "leave it with me")
//   setting      a day-care or school setting seen from inside ("etter storefri", "pick-up")
//   observed     what staff see of a child's day ("sov", "lekte", "played")
//   today        the day being reported ("i dag", "idag", "today", "this morning")
//   redirect     pointing to the official channel instead ("ikke til meg på Messenger",
//                "send it to postmottak"): the good practice the guidelines ask for
import { compileTerms, tagged } from '../text/terms.ts';

const ADMIN = tagged('admin', [
  // bokmål / nynorsk
  // "klage" alone is mostly the verb (to complain): only the appeal itself counts
  'avslag*', 'klagen', 'klaga', 'klagefrist*', 'klagerett*', 'vedtak*', 'søknad*', 'soknad*', 'bostøtte*', 'bostotte*', 'startlån*', 'startlan*', 'stønad*', 'stonad*',
  'sosialhjelp*', 'økonomisk sosialhjelp', 'avlastning*', 'avlasting*', 'hjelpemid*', 'tt-kort*', 'tt kort*', 'legeerklæring*',
  'legeerklaering*', 'lønnsslipp*', 'lonnsslipp*', 'lønsslipp*', 'lonsslipp*', 'praksisplass*', 'sfo-plass*', 'sfo plass*',
  'barnehageplass*', 'saksbehandler*', 'sakshandsamar*', 'saken din', 'saka di', 'oppfølgingssamtale*', 'oppfolgingssamtale*',
  'omsorgslønn*', 'omsorgslonn*', 'brukerstyrt*', 'trygghetsalarm*', 'tryggleiksalarm*',
  // Swedish
  'försörjningsstöd*', 'forsorjningsstod*', 'färdtjänst*', 'fardtjanst*', 'bostadsanpassning*', 'bostadsbidrag*', 'handläggare*',
  'handlaggare*', 'praktikplats*', 'förskoleplats*', 'forskoleplats*', 'vårdplanering*', 'vardplanering*', 'läkarintyg*',
  'lakarintyg*', 'trygghetslarm*', 'överklag*', 'overklag*',
  // English
  'housing benefit*', 'caseworker*', 'case worker*', 'work placement*', 'kindergarten place*', 'nursery place*', 'care package*',
  'your case', 'your claim', 'your referral',
]);

const TASK = tagged('task', [
  // school
  '*prøven', '*prøva', '*proven', '*prova', '*prøve', '*prove', 'prøve*', 'prøva*', '*provet', '*prov', 'heldagsprøve*',
  'innlevering*', 'lekse*', 'lekseplan*', 'glosor*', 'gloser*', 'glosene', 'glosane', 'läxa*', 'laxa*', 'läxor*', 'laxor*',
  'test', 'tests', 'exam*', 'quiz', 'homework', 'assignment*', 'chapter*', 'essay*',
  // health and care
  'legetime*', 'legetimen', 'blodprøv*', 'blodprov*', 'medisin*', 'tablett*', 'dosett*', 'insulin*', 'blodtrykk*', 'inhalator*',
  'medicin*', 'medication*', 'pills', 'pill box', 'tablets', 'hjemmebesøk*', 'hjemmebesok*', 'heimebesøk*', 'heimebesok*',
  'hembesök*', 'hembesok*', 'home visit*', 'fastande', 'fastende', 'fasting',
]);

const REMINDER = tagged('reminder', [
  'husk', 'hugs', 'ikke glem', 'ikkje gløym', 'ikkje glem', 'glem ikke', 'minner om', 'minner deg om', 'påminnelse', 'paminnelse',
  'kom ihåg', 'kom ihag', 'glöm inte', 'glom inte', 'påminner om', 'paminner om', 'dont forget', 'don t forget', 'do not forget',
  'remember', 'reminder',
]);

const APPOINTMENT = tagged('appointment', [
  'hjemmebesøk*', 'hjemmebesok*', 'heimebesøk*', 'heimebesok*', 'hembesök*', 'hembesok*', 'home visit*', 'besøket', 'besoket',
  'timen', 'tida', 'tiden', 'tid', 'avtalen', 'avtala', 'samtalen', 'samtala', 'besöket', 'mötet', 'motet', 'appointment*',
  'session', 'visit', 'physio', 'fysio*', 'arbetsterapeut*', 'ergoterapeut*', 'fysioterapeut*', 'sjukgymnast*',
]);

const MOVED = tagged('moved', [
  'flytte*', 'flytta*', 'flyttet', 'flyttad*', 'flyttas', 'endra', 'endret', 'ändrad*', 'andrad*', 'moved', 'rescheduled',
  'reschedule', 'put you down', 'booked you', 'boka deg', 'booka dig',
]);

const RELATIVE = tagged('relative', [
  'mora di', 'mor di', 'moren din', 'mamma di', 'mammaen din', 'faren din', 'far din', 'pappa di', 'pappaen din', 'din mor',
  'din far', 'din mamma', 'din pappa', 'di mor', 'di mamma', 'bestemora di', 'bestefaren din', 'mormora di', 'morfaren din',
  'farmora di', 'farfaren din', 'din mormor', 'din morfar', 'din farmor', 'din farfar', 'mannen din', 'kona di', 'sonen din',
  'dottera di', 'din man', 'din fru', 'din son', 'din dotter', 'your mum', 'your mom', 'your mother', 'your dad', 'your father',
  'your gran', 'your grandma', 'your grandmother', 'your grandpa', 'your grandfather', 'your husband', 'your wife',
]);

const CARE = tagged('care', [
  // Swedish "åt" (ate) folds to "at", Norwegian for "that": only "åt upp" is read
  'spiste', 'åt upp', 'ätit', 'atit', 'ate', 'sov', 'sovit', 'slept', 'natt', 'natta', 'natten', 'night', 'frokost*', 'frukost*', 'breakfast',
  'middag*', 'dinner', 'lunsj*', 'lunch*', 'medisin*', 'medicin*', 'medication*', 'dose*', 'dosen', 'tablett*', 'walk', 'trilletur*',
  'promenad*', 'dusj*', 'dusch*', 'shower*', 'sykepleier*', 'sjukepleiar*', 'sjuksköterska*', 'sjukskoterska*', 'nurse*', 'pleie*',
  'omsorg*', 'vårdplanering*', 'vardplanering*', 'legen', 'läkaren', 'lakaren', 'the doctor',
]);

const VOICE = tagged('voice', [
  'eg kjem innom', 'jeg kommer innom', 'jeg stikker innom', 'jag kommer förbi', 'jag kommer forbi', 'jag tittar förbi',
  'stikk innom kontoret', 'stikke innom kontoret', 'kom innom kontoret', 'kom innom på kontoret', 'kom förbi kontoret',
  'komma förbi kontoret', 'komma forbi kontoret', 'drop in at the front desk', 'drop by the office', 'come by the office',
  'leave it with me', 'ill chase up', 'i ll chase up', 'i will chase up', 'ill look into', 'i ll look into', 'i will look into',
  'jeg ser på saken din', 'eg ser på saka di', 'jag kollar upp ditt', 'jeg sjekker opp saken', 'eg sjekkar opp saka', 'har sjekka saka di',
  'har sjekket saken din', 'har sjekka saken din', 'jag återkommer', 'jag aterkommer', 'jeg kommer tilbake til deg', 'eg kjem tilbake til deg',
  'i ll get back to you', 'ill get back to you',
]);

const SETTING = tagged('setting', [
  'barnehage*', 'barnehagen', 'förskola*', 'forskola*', 'förskolan', 'forskolan', 'nursery', 'daycare', 'day care', 'storefri*',
  'friminutt*', 'frilek*', 'samlingsstund*', 'samling', 'utetid*', 'hentetid*', 'henting*', 'hämtning*', 'hamtning*', 'pick up',
  'pickup', 'sfo', 'fritids', 'avdelinga', 'avdelingen', 'avdelningen', 'vilen', 'vilan', 'nap time', 'naptime',
]);

const OBSERVED = tagged('observed', [
  'sov', 'sovnet', 'sovna', 'somnade', 'slept', 'napped', 'lekte', 'leika', 'lekt', 'lekade', 'lekte ute', 'played', 'spiste godt',
  'åt ordentligt', 'at ordentligt', 'åt bra', 'ate well', 'ate all', 'var lei seg', 'var leie seg', 'var ledsen', 'grät', 'grat',
  'gråt', 'grein', 'cried', 'was upset', 'cheered up', 'rough morning', 'rough day', 'super dag', 'fin dag', 'god dag',
  'jättebra dag', 'jattebra dag', 'bra dag', 'great day', 'good day',
]);

const TODAY = tagged('today', [
  'i dag', 'idag', 'today', 'this morning', 'all morning', 'all day', 'i formiddag', 'i förmiddags', 'i formiddags', 'i morges',
  'hele dagen', 'heile dagen', 'hela dagen', 'hela förmiddagen', 'hela formiddagen',
]);

const REDIRECT = tagged('redirect', [
  'ikke til meg', 'ikkje til meg', 'inte till mig', 'not to me', 'postmottak*', 'postmottaket', 'registrator*', 'registratur*',
  'official channel*', 'offisielle kanal*', 'offisiell kanal*', 'officiella kanal*', 'ikke her på messenger', 'ikke på messenger',
  'ikkje på messenger', 'inte på messenger', 'inte har pa messenger', 'not on messenger', 'not here on messenger', 'kan ikke svare her',
  'kan ikkje svare her', 'kan inte svara här', 'kan inte svara har', 'cant answer here', 'can t answer here', 'cannot answer here',
  'ring sentralbordet', 'ring servicetorget', 'ring växeln', 'ring vaxeln', 'call the switchboard',
]);

export const SERVICE_TALK = compileTerms([...ADMIN, ...TASK, ...REMINDER, ...APPOINTMENT, ...MOVED, ...RELATIVE, ...CARE, ...VOICE, ...SETTING, ...OBSERVED, ...TODAY, ...REDIRECT]);

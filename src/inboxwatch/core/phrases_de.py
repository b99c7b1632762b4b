"""German: what employers, recruiters, applicant-tracking systems and auto-responders write.

Data only; ``lexicon`` explains the form. Umlauts are spelled out (``ae``,
``oe``, ``ue``, ``ss``), so "Gespräch" and "Gespraech" read alike. Both the
formal and the informal address are covered ("Sie/Ihnen/Ihre",
"du/dir/dein"). German puts the verb last, so a negation governs the words
up to the verb at the end of its clause: "können Ihnen leider keine Stelle
anbieten".
"""

from __future__ import annotations

from inboxwatch.core.lexicon import (
    GAP,
    MEDIUM,
    NEAR,
    SENTENCE,
    STRONG,
    WEAK,
    Language,
    cue,
    numbered,
    status_cues,
)
from inboxwatch.core.model import ReplyKind

_R, _I, _O = ReplyKind.REJECTION, ReplyKind.INTERVIEW, ReplyKind.OFFER
_H, _Q, _A = ReplyKind.ON_HOLD, ReplyKind.INFO_REQUEST, ReplyKind.ACKNOWLEDGEMENT
_X, _N = ReplyKind.AUTO_REPLY, ReplyKind.OTHER

_YOU = r"(?:sie|dich|du)"  # accusative and nominative
_TO_YOU = r"(?:ihnen|dir)"
_YOUR = r"(?:ihre[nrms]?|deine[nrms]?|dein)"
_MEETING = (  # also in compounds: "Tech-Interview"
    r"(?:[\w]+-)?(?:vorstellungsgespraech|gespraech|interview|kennenlernen|kennenlerngespraech|videointerview"
    r"|telefoninterview|videocall|video-call|telefonat|assessment-?center|probearbeit|probetag|hospitation"
    r"|fachgespraech|bewerbertag|auswahltag)"
)
_RESCHEDULE = (
    r"(?:(?:termin|gespraech|interview)\w*\b" + NEAR + r"\b(?:verschieben|verlegen|umlegen|verschoben)"
    r"|\bverschieb\w*\b" + NEAR + r"\b(?:termin|gespraech|interview)|\bneuen termin|\bterminverschiebung)"
)
_DOCUMENTS = (
    r"(?:\w*zeugnis(?:se)?|referenzen|arbeitsproben|unterlagen|gehaltsvorstellung\w*"
    r"|kuendigungsfrist|eintrittstermin|lebenslauf|nachweise?|portfolio|zertifikate?|ausweis"
    r"|arbeitserlaubnis|fehlende angaben|kopie|personalausweis\w*|steuer-?id|steuer-?identifikationsnummer"
    r"|sozialversicherungsnummer|bankverbindung|krankenkasse)"
)
# A request: "bitte", "könnten Sie", "senden Sie uns", "wir benötigen noch".
_ASK = (
    r"(?:\bbitte\b|\b(?:koennten|wuerden|koenntest|wuerdest) "
    + _YOU
    + r"\b|\b(?:moechten|wuerden) wir "
    + _YOU
    + r" bitten|\bbitten wir "
    + _YOU
    + r"\b|\b(?:senden|schicken|uebermitteln|reichen|teilen|nennen) "
    + _YOU
    + r" (?:uns|mir)\b"
    r"|\bkannst du\b|\b(?:fehlen|fehlt|benoetigen|brauchen) (?:wir |uns )?(?:noch )?)"
)

# Eine Uhrzeit: "16 Uhr", "10:30 Uhr".
_TIME = r"\b\d{1,2}(?:[:.]\d\d)? uhr\b"
# Die Statuszeile eines Bewerbermanagementsystems: "Status: Abgelehnt".
_STATUS = (
    r"(?:neuer )?status(?: (?:ihrer|deiner|der) bewerbung)?"
    r"(?: (?:wurde |hat sich )?(?:geaendert|aktualisiert))?"
    r"(?: (?:auf|zu))?"
)

CUES = (
    *status_cues(
        _STATUS,
        {
            _R: r"abgelehnt|absage|nicht (?:beruecksichtigt|ausgewaehlt)",
            _I: r"(?:vorstellungs)?gespraech|interview\w*|einladung",
            _O: r"zusage|angebot|eingestellt",
            _H: r"pausiert|zurueckgestellt|on hold",
            _A: r"(?:in|zur) (?:pruefung|bearbeitung)|eingegangen|erhalten|eingereicht",
        },
    ),
    cue(
        None,
        0.0,
        "both outcomes named (de)",
        # "Eine Absage oder Zusage erfolgt schriftlich", "weder eine Zusage noch eine Absage",
        # "das Ergebnis (Einladung zum Vorstellungsgespräch, Zusage oder Absage)".
        r"\b(?:(?:eine )?einladung(?: zu\w* \w*gespraech)?, )?(?:weder )?(?:eine )?(?:zusage|absage)"
        r" (?:oder|noch|bzw|und) (?:eine )?(?:zusage|absage)\b",
    ),
    cue(
        None,
        0.0,
        "legal disclaimer (de)",
        # "Der Inhalt dieser E-Mail stellt kein verbindliches Angebot dar": a footer, not a refusal.
        r"\b(?:diese[rs]?|die) (?:e-?mail|nachricht)\b[^.!?|]{0,60}?\bstell\w* kein\w* (?:\w+ )?angebot\b"
        + SENTENCE
        + r"|(?:\bleider\b[^.!?|]{0,60}?)?\bkeine (?:gewaehr|haftung|garantie)\w*\b"
        + SENTENCE,
    ),
    cue(
        None,
        0.0,
        "thanks for past steps (de)",
        r"\b(?:vielen )?dank(?:e)? (?:fuer|dass) (?:das (?:nette |angenehme |gute )?gespraech|das interview"
        r"|" + _YOUR + r" (?:zeit|teilnahme|besuch)|" + _YOU + r" (?:sich )?(?:zeit genommen))" + NEAR,
    ),
    cue(
        _A,
        MEDIUM,
        "if your profile fits (de)",
        r"\b(?:sofern|falls|wenn|sollten?|sobald)\b" + GAP + r"\b(?:passt|passen|entspricht|entsprechen"
        r"|in frage kommen|in betracht kommen|interessant|ueberzeugt|ueberzeugen|geprueft|gesichtet)\b"
        + SENTENCE,
    ),
    cue(
        _N,
        STRONG,
        "survey (de)",
        r"\bumfrage\b|\bfeedback zu " + _YOUR + r" (?:bewerbungs|erfahrung)|\bbewerten " + _YOU + r"\b",
    ),
    cue(
        _N,
        STRONG,
        "job alert (de)",
        r"\bjobempfehlung|\bpassende (?:stellen|jobs|stellenangebote)|\bneue (?:jobs|stellen(?:angebote)?)"
        r" (?:fuer|passend)|\bstellenangebote fuer " + _YOU + r"|\bjob-?alert|\bsuchauftrag"
        r"|\bjobs,? die zu " + _TO_YOU + r" passen",
    ),
    cue(
        _N,
        STRONG,
        "recruiter outreach (de)",
        r"\bauf " + _YOUR + r" profil (?:aufmerksam geworden|gestossen)|\b" + _YOUR + r" profil (?:auf|bei)"
        r" (?:xing|linkedin)|\bim auftrag (?:meines|unseres|eines) (?:kunden|mandanten)"
        r"|\boffen fuer (?:eine neue|neue) (?:herausforderung|position|aufgabe)"
        r"|\b(?:spannende|interessante) (?:position|stelle|herausforderung|moeglichkeit|vakanz)",
    ),
    cue(
        _N,
        MEDIUM,
        "newsletter or event (de)",
        r"\bnewsletter\b|\bwebinar\b|\bkarrieremesse|\bjobmesse|\bveranstaltung|\bjetzt (?:bewerben|anmelden)"
        r"|\bwir stellen ein\b|\bdein profil (?:\w+ ){0,2}angesehen|\b\w*tipps\b|\bjetzt lesen\b",
    ),
    # Not yet decided is no "no": before the negations.
    cue(
        _H,
        STRONG,
        "decision delayed (de)",
        r"\b(?:entscheidung|auswahl|verfahren|prozess|rueckmeldung)\w*\b[^.!?|]{0,30}?\bverzoeger\w*"
        r"|\bverzoeger\w*[^.!?|]{0,30}?\b(?:entscheidung|auswahl|rueckmeldung)",
    ),
    cue(
        _H,
        MEDIUM,
        "still talking to others (de)",
        r"\b(?:gespraeche|interviews) mit weiteren (?:kandidat|bewerber|interessent)\w*",
    ),
    cue(
        _H,
        MEDIUM,
        "no decision yet (de)",
        r"\bnoch (?:keine?n?|nicht)\b" + NEAR + r"\b(?:entscheidung|zusage|rueckmeldung|entschieden"
        r"|abgeschlossen|feedback|getroffen)",
    ),
    cue(
        _I,
        STRONG,
        "reschedule, with regret (de)",
        r"\b(?:leider|bedauerlicherweise|entschuldig\w*)\b" + GAP + _RESCHEDULE,
    ),
    # Rejections: negations first.
    cue(
        _R,
        STRONG,
        "not offering or inviting (de)",
        r"\b(?:nicht|keine?[nmrs]?)\b" + NEAR + r"\b(?:anbieten|beruecksichtig\w*|einladen|weiterverfolgen"
        r"|weiter verfolgen|weiterfuehren|fortsetzen|fortfuehren|zusagen|zusage|angebot|unterbreiten"
        r"|in die engere (?:wahl|auswahl)|in betracht|in frage|zum zuge|entsprochen|beruecksichtigung"
        r"|einstellen"
        r"|erfolgreich)\b",
    ),
    cue(
        _R,
        STRONG,
        "chose someone else (de)",
        r"\b(?:fuer|mit) (?:eine?[nmr]? )?(?:andere[nmr]?|weitere[nmr]?) (?:bewerb|kandidat|person|profil"
        r"|interessent)"
        r"|\bkeine (?:bessere|positive|positivere|guenstigere|erfreuliche|erfreulichere) (?:nachricht"
        r"|rueckmeldung|antwort)"
        r"|\bgegen " + _YOUR + r" (?:bewerbung|kandidatur)|\bwahl (?:ist |fiel )?(?:auf )?(?:eine?n? )?andere"
        r"|\banderweitig entschieden"
        r"|\b"
        + _TO_YOU
        + r" (?:\w+ ){0,2}absagen|\b(?:wir )?bedauern\w*,? "
        + _TO_YOU
        + r" (?:\w+ ){0,2}mitteil",
    ),
    cue(
        _R,
        MEDIUM,
        "position filled (de)",
        r"\b(?:stelle|position|vakanz)\b" + NEAR + r"\b(?:bereits|zwischenzeitlich|inzwischen|anderweitig)"
        r" (?:\w+ )?(?:besetzt|vergeben)"
        r"|\b(?:stelle|position|vakanz)\b (?:ist|wurde)(?: (?:bereits|schon|inzwischen|leider|nun|jetzt"
        r"|mittlerweile))? (?:vergeben|besetzt)\b"
        r"|\b(?:besser|naeher|genauer|mehr) (?:zu (?:unseren|den) anforderungen"
        r"|(?:unserem|dem) anforderungsprofil|passt|passen|entspr)",
    ),
    cue(
        _R,
        MEDIUM,
        "filled internally or by another (de)",
        r"\baus den eigenen reihen\b|\bintern (?:besetzt|nachbesetzt|vergeben)"
        # "die Position mit einer Kollegin aus dem Controlling besetzen": someone else, never "mit Ihnen"
        r"|\b(?:stelle|position|vakanz)\b" + GAP + r"\bmit (?:einer?m?|der|dem) (?:\w+ )?(?:kolleg\w*"
        r"|mitarbeiter\w*|kandidat\w*|bewerber\w*|person|internen? \w+)\b(?! wie (?:ihnen|sie|dir|dich)\b)"
        + GAP
        + r"\b(?:besetzt|besetzen|zu besetzen|nachbesetzt|nachzubesetzen|nachbesetzen)\b"
        r"|\bmit jemand(?:em)? (?:anderem|anders|anderen)\b"
        # "Ihr Vertragsangebot ... zurückziehen", "eine Zusage können wir leider nicht geben"
        r"|\b(?:vertrags)?angebot\w*\b" + GAP + r"\bzurueck(?:ziehen|zuziehen|gezogen|nehmen|genommen)\b"
        r"|\bzusage\b" + NEAR + r"\bnicht (?:geben|erteilen|aussprechen|machen)\b"
        # "die Stelle geht an eine ehemalige Auszubildende": to someone, never "an Sie"
        r"|\b(?:stelle|position|zusage)\b (?:\w+ )?(?:geht|ging) an "
        r"(?:eine?n?|jemand\w*|einer|den|die|unsere?n?)\b"
        r"|\b(?:ausschreibung|stelle|position|vakanz)\w*\b"
        + NEAR
        + r"\b(?:zurueckgezogen|gestrichen|storniert"
        r"|eingestellt)\b"
        r"|\b(?:ein|eine|einen) (?:anderes?|andere[nr]?) (?:profil|kandidat\w*|bewerber\w*)\b"
        + NEAR
        + r"\b(?:besser|passender|naeher)",
    ),
    cue(
        _R,
        MEDIUM,
        "rejection (de)",
        r"\babsage\b|\bwir bedauern\b|\bmitteilen zu muessen\b|\bmuessen (?:wir )?"
        + _TO_YOU
        + r" (?:leider )?mitteilen\b",
    ),
    cue(
        _R,
        MEDIUM,
        "documents returned (de)",
        r"\bunterlagen\b" + NEAR + r"\b(?:zurueck|geloescht|vernichtet|loeschen|vernichten)",
    ),
    cue(
        _R,
        STRONG,
        "chose someone (de)",
        r"\bfuer jemand(?:en)?\b[^.!?|]{0,40}?entschieden|\bentschieden\b[^.!?|]{0,20}?fuer jemand",
    ),
    cue(_R, MEDIUM, "did not work out (de)", r"\bnicht (?:ge)?klapp(?:t|en)\b"),
    # Interviews.
    cue(_I, STRONG, "reschedule (de)", _RESCHEDULE),
    cue(
        _I,
        STRONG,
        "invite you to interview (de)",
        r"\b(?:laden|lade|moechten|moechte|wuerden|wuerde|freuen uns|freue mich)\b"
        + GAP
        + r"\b(?:zu|zum|zur) (?:einem |einer |unserem |einem weiteren |einem zweiten )?(?:\w+ )?"
        + _MEETING
        + r"|\beinladung (?:zu|zum|zur) (?:einem |einer )?(?:\w+ )?"
        + _MEETING,
    ),
    cue(
        _I,
        STRONG,
        "shortlisted (de)",
        r"\b(?:in der|in die) (?:engeren?|naechste[nr]?|finale[nr]?) (?:auswahl|wahl|runde|phase|stufe)",
    ),
    cue(
        _I,
        MEDIUM,
        "propose a time (de)",
        r"\bterminvorschlaege?\b|\bterminfindung|\bwann (?:haetten|haben|hast|haettest) " + _YOU + r" zeit"
        r"|\bbestaetig\w*\b" + NEAR + r"\btermin|\b" + _MEETING + r" (?:am|um|findet)\b"
        r"|\b" + _YOUR + r" verfuegbarkeit|\b(?:persoenlich )?kennen ?(?:zu ?)?lern(?:en|st|t)\b"
        r"|\buns\b" + NEAR + r"\bzu besuchen\b|\bbei uns vorbei(?:zu)?(?:kommen|schauen)\b"
        r"|\bwann (?:passt|passen|ginge|geht|klappt) (?:es )?(?:" + _TO_YOU + r")\b"
        r"|\btermin\b" + NEAR + r"\b(?:bestaetig\w*|vereinbaren|abstimmen)",
    ),
    cue(
        _I,
        WEAK,
        "second interview (de)",
        r"\b(?:zweite[sn]?|finale[sn]?|naechste[sn]?) (?:gespraech|runde|interview)|\bfachgespraech",
    ),
    # The shape of scheduling: times offered or asked about, a day and a time.
    cue(
        _I,
        MEDIUM,
        "times offered or asked (de)",
        _TIME + r"[^.!?|]{0,30}? oder [^.!?|]{0,20}?" + _TIME + "|" + _TIME + r"[^.!|]{0,40}\?"
        # A question whose object is a meeting: scheduling, not a request for information.
        r"|\bfuer (?:ein|einen) (?:kurzes |erstes |persoenliches |weiteres )?"
        + _MEETING
        + r"\b[^.!|]{0,60}\?",
    ),
    cue(
        _I,
        WEAK,
        "a day and a time (de)",
        r"\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|morgen|heute)\b[^.!?|]{0,25}?" + _TIME,
    ),
    # On hold.
    cue(
        _H,
        MEDIUM,
        "no decision before (de)",
        r"\b(?:keine|noch keine) entscheidung (?:\w+ ){0,2}(?:treffen|faellen|mitteilen|geben)"
        r"|\bnoch (?:alles )?offen\b|\bbraucht noch (?:ein paar|einige|etwas|mehr) (?:tage|wochen|zeit)"
        r"|\bentscheid\w*\b" + NEAR + r"\berst (?:im|in|nach|ende|anfang|naechste)\w*\b",
    ),
    cue(
        _H,
        STRONG,
        "on hold (de)",
        r"\b(?:stelle|position|besetzung|prozess|auswahlprozess)\b" + NEAR + r"\b(?:auf eis|zurueckgestellt"
        r"|pausiert|pausieren|gestoppt|angehalten)|\beinstellungsstopp",
    ),
    cue(
        _H,
        MEDIUM,
        "process delayed (de)",
        r"\b(?:auswahl|bewerbungs|einstellungs)(?:prozess|verfahren)\w*\b" + GAP + r"\b(?:dauert|verzoeger"
        r"|zieht sich|laenger|nicht abgeschlossen|noch andauert)"
        r"|\bverzoeger\w*\b" + GAP + r"\b(?:auswahl|prozess|verfahren|entscheidung)",
    ),
    cue(
        _H,
        WEAK,
        "thank you for your patience (de)",
        r"\bgeduld\b|\bwir melden uns (?:bis|spaetestens|in der|naechste|sobald|zeitnah)",
    ),
    # Pay and start date to be settled, a contract on its way: an offer, before any request.
    cue(
        _O,
        MEDIUM,
        "contract or pay and start date (de)",
        r"\b(?:klaeren|besprechen|vereinbaren|abstimmen|sprechen)\b" + GAP + r"\b(?:gehalt|verguetung"
        r"|vertrag|konditionen)\w*\b" + GAP + r"\b(?:eintritt|start|beginn)\w*"
        r"|\b(?:vertrag|vertragsentwurf|vertragsunterlagen)\w*\b" + NEAR + r"\b(?:schick|send|zukommen)\w*"
        r"|\b(?:schick|send)\w*\b" + NEAR + r"\b(?:vertrag|vertragsentwurf)\w*"
        r"|\b" + _YOU + r" (?:\w+ ){0,2}(?:im team|bei uns|an bord)(?: haben)?(?= ?[.!])",
    ),
    # Requests for information.
    cue(
        _Q,
        MEDIUM,
        "asks for documents (de)",
        _ASK + GAP + r"\b" + _DOCUMENTS,
    ),
    cue(
        _Q,
        MEDIUM,
        "asks for an assessment (de)",
        r"\b(?:online-?test|eignungstest|einstufungstest|fragebogen|fallstudie|case study|coding-?challenge"
        r"|probeaufgabe|aufgabe|formular)\b" + GAP + r"\b(?:bearbeiten|ausfuellen|absolvieren|durchfuehren"
        r"|loesen|beantworten)",
    ),
    cue(
        _Q,
        MEDIUM,
        "asks for notice period (de)",
        r"\bgehaltsvorstellung|\bkuendigungsfrist|\bfruehestmoeglich\w* (?:eintritt|start|beginn)",
    ),
    cue(
        _Q,
        WEAK,
        "a question to you (de)",
        r"\b(?:kannst|koenntest|magst|wuerdest) du\b[^?|]{0,150}\?"
        r"|\b(?:koennen|koennten|wuerden) sie\b[^?|]{0,150}\?",
    ),
    # Acknowledgements.
    cue(
        _A,
        STRONG,
        "received your application (de)",
        r"\b" + _YOUR + r" bewerbung (?:ist |sind )?(?:bei uns )?(?:gut |erfolgreich )?eingegangen"
        r"|\beingang " + _YOUR + r" bewerbung|\beingangsbestaetigung|\bbewerbung erhalten"
        r"|\bhaben " + _YOUR + r" (?:bewerbung|unterlagen) (?:\w+ ){0,2}erhalten",
    ),
    cue(
        _A,
        MEDIUM,
        "will review your application (de)",
        r"\b(?:werden|pruefen|sichten)\b" + NEAR + r"\b" + _YOUR + r" (?:unterlagen|bewerbung)"
        r"|\b" + _YOUR + r" (?:unterlagen|bewerbung) (?:\w+ ){0,3}(?:pruefen|sichten)",
    ),
    cue(
        _A,
        WEAK,
        "thank you for applying (de)",
        r"\b(?:vielen )?dank(?:e)? fuer (?:" + _YOUR + r" bewerbung|" + _YOUR + r" interesse)",
    ),
    cue(
        _A,
        MEDIUM,
        "arrived or passed on (de)",
        r"\b(?:ist|sind) (?:gut |wohlbehalten )?bei uns (?:eingegangen|angekommen)\b"
        r"|\b(?:bewerbung|unterlagen) (?:liegt|liegen) (?:uns|mir) (?:\w+ )?vor\b"
        r"|\b(?:an|zur) (?:die |den )?(?:fachabteilung|fachbereich|personalabteilung|hiring manager)"
        r" (?:weitergegeben|weitergeleitet)|\bweitergeleitet an (?:die|den) (?:fachabteilung|fachbereich)",
    ),
    # Offers.
    cue(
        _O,
        STRONG,
        "pleased to offer (de)",
        r"\b(?:freuen uns|freue mich|gluecklich|froh),? (?:\w+ ){0,8}?(?:anbieten|anzubieten|zusagen"
        r"|zuzusagen|ein (?:vertrags)?angebot|eine zusage|den vertrag|einen (?:arbeits)?vertrag)",
    ),
    cue(
        _O,
        MEDIUM,
        "offer letter (de)",
        r"\b(?:vertragsangebot|arbeitsvertrag|jobangebot|zusage|vertragsunterlagen)\b"
        r"|\b(?:sie|dich) (?:\w+ ){0,5}?(?:einstellen|einzustellen|an bord holen)\b"
        r"|\bwillkommen (?:im|an bord|in unserem team)"
        r"|\b(?:ein|einen) (?:konkretes |offizielles |schriftliches )?(?:vertrags)?angebot"
        r" (?:machen|unterbreiten|zukommen lassen)\b",
    ),
    cue(
        _O,
        WEAK,
        "salary (de)",
        r"\b(?:jahres|brutto|monats)?gehalt\b|\bbruttojahresgehalt|\beintrittsdatum|\bvertragsbeginn"
        r"|\bherzlichen glueckwunsch",
    ),
    # Out of office.
    cue(
        _X,
        MEDIUM,
        "out of office (de)",
        r"\b(?:ich bin|bin ich)\b" + GAP + r"\b(?:nicht im buero|abwesend|im urlaub|auf dienstreise"
        r"|nicht erreichbar|ausser haus|in elternzeit|krank|nicht am arbeitsplatz)",
    ),
    cue(
        _X,
        MEDIUM,
        "mail not forwarded (de)",
        r"\b(?:e-?mail|nachricht)\b" + NEAR + r"\bnicht (?:automatisch )?weitergeleitet"
        r"|\b(?:keinen|eingeschraenkten) zugriff auf (?:meine )?e-?mails|\bwieder (?:im buero|erreichbar)",
    ),
    cue(_X, WEAK, "urgent matters (de)", r"\bin dringenden faellen"),
    # Generic words last: they must never hide a phrase that says more.
    cue(
        _R,
        WEAK,
        "best wishes for your career (de)",
        r"\b(?:alles gute|viel erfolg)\b" + GAP + r"\b(?:beruflich|weiter|zukunft|werdegang|stellensuche"
        r"|jobsuche|lebensweg)|\b(?:beruflich|weiter|zukunft|werdegang|stellensuche|jobsuche)\w*"
        + GAP
        + r"\b(?:alles gute|viel erfolg)",
    ),
    cue(
        _R,
        WEAK,
        "after careful consideration (de)",
        r"\bnach (?:sorgfaeltiger|eingehender|reiflicher|intensiver|gruendlicher) (?:pruefung|ueberlegung"
        r"|abwaegung|durchsicht)|\b(?:bewerber|talent)pool\b",
    ),
    cue(_R, WEAK, "unfortunately (de)", r"\b(?:leider|bedauerlicherweise)\b"),
)

GERMAN = Language(
    code="de",
    cues=CUES,
    auto_reply_subject=r"abwesenheitsnotiz|automatische antwort|abwesend|nicht im buero|autom\. antwort",
    reply_prefixes=("aw", "wg", "antw"),
    months=numbered(
        (
            ("januar", "jaenner", "jan"),
            ("februar", "feb"),
            ("maerz", "maer", "mrz"),
            ("april", "apr"),
            ("mai",),
            ("juni", "jun"),
            ("juli", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("oktober", "okt"),
            ("november", "nov"),
            ("dezember", "dez"),
        ),
        start=1,
    ),
    weekdays=numbered(
        (
            ("montag", "mo"),
            ("dienstag", "di"),
            ("mittwoch", "mi"),
            ("donnerstag", "do"),
            ("freitag", "fr"),
            ("samstag", "sa"),
            ("sonntag", "so"),
        )
    ),
    back_on=(
        r"\b(?:(?:ab|wieder (?:ab|am)|zurueck (?:ab|am)|wieder im buero (?:ab|am)|erreichbar (?:ab"
        r"|am))(?: dem)?"
        r"|bis(?: zum| am)?)"
        # "am Montag, den 31.3. bin ich zurück": the day comes before the words that say it is the return
        r"|\bam(?=.{0,40}?\b(?:bin ich|sind wir)(?: wieder)? (?:zurueck|da|im buero|erreichbar)\b)"
        # "in KW 14 wieder im Büro"
        r"|\bin(?= (?:kw|kalenderwoche) ?\d{1,2}\b.{0,30}?\bwieder\b)"
    ),
    away_through=(
        r"\bbis (?:einschliesslich|einschl\.|inklusive|inkl\.?)(?: zum| den)?"
        # "bis 26.3. (einschließlich)"
        r"|\bbis(?=.{0,30}?\b(?:einschliesslich|inklusive)\b)"
    ),
    ordinal=r"\.?",
    week=r"kw|kalenderwoche|woche",
    contrast=r"\b(?:jedoch|allerdings|aber|dennoch|trotzdem|stattdessen)\b",
    wish=r"\bgerne?\b|\bfreuen uns\b|\b(?:moechten|wuerden) (?:wir|dich|sie)\b",
)

import type { RulesCatalog } from '../../rule-text';

const CAUDA_EQUINA_WHY =
  'Zusammen mit Rückenschmerzen kann das bedeuten, dass die Nerven am unteren Ende der Wirbelsäule eingeklemmt werden (Cauda-equina-Syndrom). Das muss innerhalb von Stunden behandelt werden, um Blase, Darm und Beine zu schützen.';

const RED_FLAG_RISK_WHY =
  'ein Zeichen, auf das Ärztinnen und Ärzte achten, weil es eine seltene ernste Ursache (einen Knochenbruch, eine Infektion oder Krebs) wahrscheinlicher macht. Es ist kein Notfall, aber ein Arzt oder eine Ärztin sollte es innerhalb weniger Tage abklären.';

export const rules: RulesCatalog = {
  'red-flag-saddle-numbness': {
    title: 'Taubheitsgefühl rund um deine Geschlechtsteile oder deinen Po',
    trigger: 'Taubheitsgefühl oder Kribbeln rund um deine Geschlechtsteile, deinen Po, deine Gesäßhälften oder die Innenseiten deiner Oberschenkel.',
    why: CAUDA_EQUINA_WHY,
  },
  'red-flag-bladder-bowel': {
    title: 'Neue Probleme beim Urinlassen oder beim Stuhlgang',
    trigger: 'Neue Probleme beim Urinlassen, ungewollt Urin oder Stuhl verlieren, oder nicht spüren, wann du auf die Toilette musst.',
    why: CAUDA_EQUINA_WHY,
  },
  'red-flag-both-legs': {
    title: 'Schmerzen oder Taubheitsgefühl, die in beide Beine ziehen',
    trigger: 'Schmerzen, Taubheitsgefühl oder Kribbeln, die vom Rücken in beide Beine hinunterziehen (nicht gemeint: schmerzende Beinmuskeln vom Training).',
    why: CAUDA_EQUINA_WHY,
  },
  'red-flag-leg-weakness': {
    title: 'Neue Schwäche in einem Bein oder Fuß',
    trigger:
      'Neue Schwäche in einem Bein oder Fuß: Das Bein oder der Fuß knickt weg, der Fuß schleift oder klatscht auf den Boden, oder du kannst nicht auf den Zehenspitzen oder den Fersen stehen.',
    why: 'Ein Nerv, der so stark eingeklemmt ist, dass ein Muskel schwach wird, muss früh ärztlich beurteilt werden. Nach den Leitlinien reicht bei einem Bein eine Abklärung am selben Tag; Backcheck behandelt es sicherheitshalber als Notfall.',
  },
  'red-flag-dark-urine': {
    title: 'Colafarbener Urin oder kaum Urin',
    trigger: 'Dunkelbrauner oder colafarbener Urin (nicht nur dunkelgelb), oder 12 Stunden lang kaum Urin, obwohl du trinkst.',
    why: 'Nach harter Anstrengung kann das bedeuten, dass Muskelgewebe zerfällt (belastungsbedingte Rhabdomyolyse). Das kann die Nieren schädigen und muss sofort behandelt werden. Es kann erst Tage nach einer neuen oder schweren Einheit anfangen, und es können gerade die Rückenmuskeln betroffen sein.',
  },
  'red-flag-chest-symptoms': {
    title: 'Brustschmerzen oder Atemnot',
    trigger: 'Brustschmerzen oder Druck auf der Brust, Atemnot, Blut husten, Schmerzen, die in den Arm oder Kiefer ausstrahlen, oder kalter Schweiß.',
    why: 'Rückenschmerzen zusammen mit einem dieser Anzeichen können vom Herzen kommen, von einem Riss in der Hauptschlagader des Körpers (Aortendissektion) oder von einem Blutgerinnsel in der Lunge (Lungenembolie). Jedes davon muss sofort als Notfall behandelt werden.',
  },
  'red-flag-swollen-muscles': {
    title: 'Geschwollene oder steinharte Rückenmuskeln',
    trigger: 'Deine schmerzenden Rückenmuskeln sind geschwollen, fühlen sich hart oder gespannt wie eine Trommel an, oder die Haut darüber ist taub.',
    why: 'Nach Kreuzheben, Rudern oder Rückenstrecken kann sich in den Rückenmuskeln Druck aufbauen (Kompartmentsyndrom), und manche Menschen müssen dann sofort operiert werden. Eine Schwellung ist auch ein Zeichen dafür, dass Muskelgewebe zerfällt (Rhabdomyolyse).',
  },
  'muscle-pain-despite-painkillers': {
    title: 'Starke Muskelschmerzen nach einem Training, bei denen Schmerzmittel nicht geholfen haben',
    trigger:
      '8 von 10 oder schlimmer; du hast Schmerzmittel genommen und sie haben nicht geholfen; kein plötzlicher Moment, in dem es angefangen hat; es hängt mit einem Training zusammen; und seit dem Beginn sind 7 Tage oder weniger vergangen.',
    why: 'Schmerzen, die weit stärker sind, als man erwarten würde, und gegen die Schmerzmittel nichts ausrichten, sind das erste Zeichen dafür, dass sich in den Rückenmuskeln Druck aufbaut (Kompartmentsyndrom). Das kann eine sofortige Operation nötig machen. Nach einer harten Einheit zeigt sich so auch, dass Muskelgewebe zerfällt (Rhabdomyolyse). Beides gehört in die Notaufnahme.',
  },
  'red-flag-trauma': {
    title: 'Es hat mit einem Sturz oder einem Schlag angefangen',
    trigger: 'Die Schmerzen haben mit einem Sturz, einem Zusammenstoß, einem Schlag oder einem Gewicht angefangen, das auf dich gefallen ist.',
    why: 'Vielleicht ist ein Knochen gebrochen. Das sollte noch am selben Tag ärztlich untersucht werden. Bei einem schweren Unfall ruf den Notruf an.',
  },
  'red-flag-fever': {
    title: 'Fieber, oder du fühlst dich krank',
    trigger: 'Fieber, Schüttelfrost oder du fühlst dich allgemein krank.',
    why: 'Rückenschmerzen mit Fieber können von einer Infektion kommen, in der Wirbelsäule oder in den Nieren. Bei 1.000 Menschen, die wegen Rückenschmerzen in einer Notaufnahme untersucht wurden, war Fieber das stärkste Zeichen für eine ernste Ursache.',
  },
  'red-flag-urinary': {
    title: 'Brennen oder Blut beim Urinlassen, oder Schmerzen in der Seite',
    trigger: 'Brennen beim Urinlassen, Blut im Urin oder Schmerzen in der Seite unterhalb der Rippen.',
    why: 'Das deutet eher auf die Nieren oder die Blase hin als auf die Rückenmuskeln, und eine Infektion der Nieren muss noch am selben Tag behandelt werden.',
  },
  'red-flag-cannot-walk': {
    title: 'Du kannst nicht gehen oder dich nicht selbst versorgen',
    trigger: 'Du kannst nicht gehen oder stehen, oder du kannst dich wegen der Schmerzen nicht selbst versorgen.',
    why: 'Wenn du dich wegen der Schmerzen nicht mehr fortbewegen oder selbst versorgen kannst, brauchst du noch am selben Tag ärztliche Hilfe, egal, was die Ursache ist.',
  },
  'red-flag-breathing-pain': {
    title: 'Scharfe Schmerzen beim Einatmen',
    trigger: 'Scharfe Schmerzen im oberen Rücken, in der Seite oder in der Brust, wenn du tief einatmest.',
    why: 'Meistens ist das eine Zerrung an einem Muskel zwischen den Rippen. Aber bei Läuferinnen und Läufern hat ein Blutgerinnsel in der Lunge (Lungenembolie) schon als einseitiger Schmerz am Schulterblatt angefangen, der beim Einatmen sticht, und eine zusammengefallene Lunge tut genauso weh. Wenn du dazu Atemnot hast oder Blut hustest, ist es ein Notfall.',
  },
  'severe-delayed-muscle-pain': {
    title: 'Starke Muskelschmerzen in den Tagen nach einem harten Training',
    trigger:
      'Kein plötzlicher Moment, in dem es angefangen hat; es hat einige Stunden oder einen Tag nach dem Training angefangen, in den Muskeln, die am meisten gearbeitet haben; 8 von 10 oder schlimmer; und seit dem Beginn sind 3 Tage oder weniger vergangen.',
    why: 'Wenn Muskelgewebe zerfällt (belastungsbedingte Rhabdomyolyse) oder sich in den Rückenmuskeln Druck aufbaut (Kompartmentsyndrom), fängt das an wie Muskelkater, nur viel schlimmer. Nach Kreuzheben, Rückenstrecken, Rudern und Spinning-Kursen sind Menschen damit schon im Krankenhaus gelandet. Ein einfacher Bluttest auf Muskelschäden (CK) zeigt es, deshalb sollte es noch am selben Tag abgeklärt werden.',
  },
  'severe-unrelenting': {
    title: 'Starke Schmerzen, die durch nichts besser werden',
    trigger: '8 von 10 oder schlimmer, in Ruhe und in keiner Position besser, und seit dem Beginn sind 13 Tage oder weniger vergangen.',
    why: 'Schmerzen, gegen die weder Ruhe noch ein Positionswechsel noch Schmerzmittel etwas ausrichten: So haben sich Druck in den Rückenmuskeln (Kompartmentsyndrom) und ein Zerfall von Muskelgewebe (Rhabdomyolyse) gezeigt, Tage nach dem Training ebenso wie kurz danach. So starke Schmerzen, die durch nichts besser werden, sollten noch am selben Tag abgeklärt werden, egal, wodurch sie angefangen haben.',
  },
  'severe-not-easing': {
    title: 'Starke Schmerzen, die nach 3 Tagen nicht nachlassen',
    trigger: '8 von 10 oder schlimmer, seit dem Beginn sind 4 bis 13 Tage vergangen, und es wird nicht besser.',
    why: 'Muskelkater ist in den ersten 3 Tagen am schlimmsten und lässt dann nach, und auch eine Zerrung sollte dann langsam nachlassen. Starke Schmerzen, die bis dahin nicht nachlassen, sind keine normale Folge von Training: Bei einer Person, die Kraftsport macht, wurde der Muskelkater an Tag 4 zu ständigen Schmerzen von 9 von 10, und sie musste in die Notaufnahme. Es sollte noch am selben Tag abgeklärt werden.',
  },
  'severe-despite-painkillers': {
    title: 'Starke Schmerzen, bei denen Schmerzmittel nicht geholfen haben',
    trigger: '8 von 10 oder schlimmer, du hast Schmerzmittel genommen und sie haben nicht geholfen, und seit dem Beginn sind 13 Tage oder weniger vergangen.',
    why: 'Schmerzen, die stärker sind, als man erwarten würde, und die Schmerzmittel nicht lindern, sind ein typisches frühes Zeichen dafür, dass sich in den Muskeln Druck aufbaut (Kompartmentsyndrom). Nach einem plötzlichen Zwicken ist es eher eine schwere Zerrung, aber so starke Schmerzen müssen trotzdem noch am selben Tag ärztlich abgeklärt werden.',
  },
  'red-flag-cancer-history': {
    title: 'Du hast oder hattest Krebs',
    trigger: 'Du hast Krebs oder hattest schon einmal Krebs.',
    why: `Krebs, jetzt oder früher, ist ${RED_FLAG_RISK_WHY}`,
  },
  'red-flag-weight-loss': {
    title: 'Abgenommen, ohne es zu versuchen',
    trigger: 'Du hast abgenommen, ohne es zu versuchen.',
    why: `Abzunehmen, ohne es zu versuchen, ist ${RED_FLAG_RISK_WHY}`,
  },
  'red-flag-night-pain': {
    title: 'Ständige Schmerzen in der Nacht',
    trigger: 'Ständige Schmerzen in der Nacht, die in keiner Position besser werden.',
    why: `Schmerzen vom Training werden durch Ruhe und einen Positionswechsel besser. Wenn das nicht so ist, ist das ${RED_FLAG_RISK_WHY}`,
  },
  'red-flag-steroids': {
    title: 'Kortisontabletten über lange Zeit oder dünne Knochen',
    trigger: 'Du nimmst über lange Zeit Kortisontabletten oder hast Osteoporose (Knochenschwund).',
    why: `Dünnere Knochen können unter Trainingsbelastung brechen. Deshalb ist das ${RED_FLAG_RISK_WHY}`,
  },
  'red-flag-immune': {
    title: 'Ein schwaches Immunsystem, oder du spritzt dir Drogen',
    trigger: 'Ein geschwächtes Immunsystem, oder du spritzt dir Drogen.',
    why: `Beides macht eine Infektion in der Wirbelsäule wahrscheinlicher. Deshalb ist das ${RED_FLAG_RISK_WHY}`,
  },
  'over-50-not-linked': {
    title: '50 Jahre oder älter, und es hängt nicht mit einem Training zusammen',
    trigger: 'Du bist 50 Jahre oder älter, und die Schmerzen hängen nicht klar mit einem Training zusammen.',
    why: 'Ab 50 wird eine seltene ernste Ursache für Rückenschmerzen, zum Beispiel Krebs, wahrscheinlicher. Und Schmerzen, die nicht nach einem Training angefangen haben, lassen sich nicht durch Training erklären.',
  },
  'pain-below-knee': {
    title: 'Schmerzen, die bis unter das Knie ausstrahlen',
    trigger: 'Die Schmerzen strahlen bis unter das Knie aus, in die Wade oder den Fuß.',
    why: 'So zeigt sich ein eingeklemmter Nerv im Rücken (Ischias). Das legt sich meist innerhalb von 4 bis 6 Wochen, aber ein Arzt oder eine Ärztin sollte die Nerven untersuchen.',
  },
  'no-relief-at-rest': {
    title: 'Keine Besserung in Ruhe',
    trigger: 'Ausruhen hilft nicht, oder keine Position ist bequem.',
    why: 'Schmerzen in Muskeln, die gearbeitet haben, lassen nach, wenn die Muskeln ruhen. Wenn das nicht so ist, kann es eine andere Ursache haben.',
  },
  'worse-after-3-days': {
    title: 'Es wird nach 3 Tagen schlechter',
    trigger: 'Es wird schlechter, und seit dem Beginn sind 3 oder mehr Tage vergangen.',
    why: 'Muskelkater ist 1 bis 3 Tage nach einem Training am schlimmsten und lässt dann nach. Schmerzen, die danach immer stärker werden, sind kein Muskelkater.',
  },
  'not-improving-after-7-days': {
    title: 'Nach einer Woche nicht besser',
    trigger: 'Es wird nicht besser, und seit dem Beginn sind 7 oder mehr Tage vergangen.',
    why: 'Muskelkater ist nach etwa 5 bis 7 Tagen vorbei, und die meisten Zerrungen werden innerhalb einer Woche langsam besser.',
  },
  'lasting-14-days': {
    title: 'Nach 2 Wochen immer noch da',
    trigger: 'Seit dem Beginn sind 14 oder mehr Tage vergangen.',
    why: 'Die meisten Rückenschmerzen vom Training sind innerhalb von 2 Wochen viel besser. Das ist schon weit länger, als Muskelkater dauert.',
  },
  'sudden-moment': {
    title: 'Ein plötzlicher Beginn',
    trigger: 'Du kannst den Moment benennen, in dem es angefangen hat: ein Zwicken, ein Knacken, ein Einklemmen oder das Gefühl, dass etwas nachgegeben hat.',
    why: 'Eine Zerrung fängt in einem bestimmten Moment an, während der Bewegung, die sie verursacht hat. Muskelkater kommt nach und nach.',
  },
  'started-during-workout': {
    title: 'Es hat während des Trainings angefangen',
    trigger: 'Die Schmerzen haben während des Trainings angefangen.',
    why: 'Eine Zerrung fängt direkt nach der Bewegung an, die sie verursacht hat. Muskelkater kommt 12 bis 24 Stunden später.',
  },
  'not-linked-to-workout': {
    title: 'Hängt nicht mit einem Training zusammen',
    trigger: 'Die Schmerzen hängen nicht klar mit einem Training zusammen.',
    why: 'Muskelkater kommt nach einem Training, 12 bis 24 Stunden danach. Ohne diesen Zusammenhang ist es kein Muskelkater.',
  },
  'sharp-pain': {
    title: 'Scharfe, einschießende oder brennende Schmerzen',
    trigger: 'Die Schmerzen sind scharf oder stechend, einschießend oder elektrisierend, oder brennend.',
    why: 'Muskelkater fühlt sich wie ein dumpfer Schmerz oder eine Steifheit an, verteilt über die Muskeln. Eine Zerrung ist schärfer.',
  },
  'one-side': {
    title: 'Nur auf einer Seite',
    trigger: 'Die Schmerzen sind nur auf einer Seite.',
    why: 'Eine Zerrung sitzt meist an einer Stelle, oft auf einer Seite. Muskelkater verteilt sich über die Muskeln, die gearbeitet haben, oft auf beiden Seiten.',
  },
  'aches-at-rest': {
    title: 'Es schmerzt auch in Ruhe',
    trigger: 'Es ist besser, wenn du dich ausruhst, aber es schmerzt noch.',
    why: 'Muskelkater tut weh, wenn sich die Muskeln bewegen oder gedehnt werden, nicht in Ruhe. Eine Zerrung schmerzt auch in Ruhe.',
  },
  'not-where-you-trained': {
    title: 'Nicht dort, wo die Muskeln am meisten gearbeitet haben',
    trigger: 'Die Schmerzen sind nicht dort, wo die Muskeln in diesem Training am meisten gearbeitet haben.',
    why: 'Muskelkater spürst du genau in den Muskeln, die belastet wurden.',
  },
  'spreads-to-buttock-or-thigh': {
    title: 'Strahlt in eine Gesäßhälfte oder einen Oberschenkel aus',
    trigger: 'Die Schmerzen strahlen in eine Gesäßhälfte oder einen Oberschenkel aus, aber nicht über das Knie hinaus.',
    why: 'Muskelkater bleibt in den Muskeln, die gearbeitet haben. Schmerzen, die ausstrahlen, sprechen eher gegen Muskelkater.',
  },
  'severe-pain': {
    title: '8 von 10 oder schlimmer',
    trigger: 'Die stärksten Schmerzen in den letzten 24 Stunden liegen bei 8 von 10 oder mehr.',
    why: 'Muskelschmerzen, die stärker sind als erwartet, sind kein gewöhnlicher Muskelkater. Wenn nichts sie lindert, sie nach 3 Tagen nicht nachlassen, Schmerzmittel nicht geholfen haben oder sie in den ersten Tagen nach einem harten Training angefangen haben, schicken dich die Regeln oben zu einem Arzt oder einer Ärztin.',
  },
  'outlasting-soreness': {
    title: 'Dauert länger als Muskelkater',
    trigger: 'Seit dem Beginn sind 7 oder mehr Tage vergangen, oder 4 oder mehr Tage, und es wird nicht besser.',
    why: 'Muskelkater ist in den ersten 3 Tagen am schlimmsten, lässt dann nach und ist nach etwa einer Woche vorbei.',
  },
  'came-on-gradually': {
    title: 'Es hat nach und nach angefangen, nach dem Training',
    trigger: 'Kein plötzlicher Moment, in dem es angefangen hat, und es hat einige Stunden oder 1 bis 3 Tage nach dem Training angefangen.',
    why: 'Muskelkater fängt 12 bis 24 Stunden nach harter oder ungewohnter Belastung an und ist nach 1 bis 3 Tagen am schlimmsten.',
  },
  'dull-or-tight': {
    title: 'Ein dumpfer Schmerz, oder verspannt und steif',
    trigger: 'Es ist ein dumpfer Schmerz, oder es fühlt sich verspannt oder steif an.',
    why: 'Muskelkater fühlt sich dumpf, verteilt und steif an.',
  },
  'eases-at-rest': {
    title: 'In Ruhe geht es gut',
    trigger: 'Es tut nur weh, wenn du dich bewegst, beugst oder dehnst, und in Ruhe geht es dir gut.',
    why: 'Muskelkater tut weh, wenn sich die Muskeln bewegen, nicht, wenn sie ruhen.',
  },
  'where-you-trained': {
    title: 'In den Muskeln, die gearbeitet haben',
    trigger: 'Es ist dort, wo die Muskeln am meisten gearbeitet haben, bleibt im Rücken und ist entlang der Mitte oder auf beiden Seiten.',
    why: 'Muskelkater spürst du genau dort, wo die Muskeln belastet wurden, oft auf beiden Seiten.',
  },
  'within-soreness-window': {
    title: 'Innerhalb der Tage, die Muskelkater dauert',
    trigger: 'Seit dem Beginn sind weniger als 4 Tage vergangen, oder weniger als 7, und es wird besser.',
    why: 'Muskelkater ist 1 bis 3 Tage nach einem Training am schlimmsten und nach 5 bis 7 Tagen vorbei.',
  },
  'mixed-picture': {
    title: 'Manche Antworten passen zu Muskelkater, andere nicht',
    trigger: 'Mindestens eine Antwort passt zum Bild von Muskelkater, und mindestens eine passt nicht dazu.',
    why: 'Muskelkater erklärt Rückenschmerzen nur, wenn jeder Teil seines Bildes zutrifft. Alles, was plötzlich, scharf oder einseitig ist oder in Ruhe schmerzt, spricht eher für eine Zerrung.',
  },
};

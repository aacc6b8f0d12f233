// The classes of segmentation knowledge, each in several languages, with the traps that must stay
// silent next to the breaks that must be found: abbreviations (standard CLDR data, spaced
// multi-part forms, taxonomy and citations, clipped dates, learnt from the document), register,
// questions inside asides and titles, times and numbers, fragments cut off a quantity, bylines.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/engine.js';
import { tokenize } from '../lib/catalogue/tokens.js';
import { clippedInDocument } from '../lib/segmentation/boundaries.js';

/** The segmentation findings of `text`, each as the text from its start to the end of its first word after the mark. */
function flagged(text: string, lang: string): string[] {
  return analyse(text, { lang })
    .findings.filter((f) => f.category === 'segmentation')
    .map((f) => /^\P{L}*\p{L}+\.?/u.exec(text.slice(f.start))![0]);
}

describe('abbreviations from standard data and the profiles', () => {
  it.each([
    ['es', 'Los EE. UU. y la UE firmaron el acuerdo, p. ej. el de comercio, y lo celebraron.'],
    ['es', 'La evaluación del día Lun. 15 de Mar. fue la siguiente: todo bien.'],
    ['es', 'Llegó el Excmo. señor embajador con la Sra. García.'],
    ['fr', 'Les résultats ont été limités (par ex. cadre temporel) et analysés, p. ex. hier.'],
    ['fr', 'Il est né en 52 av. J.-C. à Rome, selon le dict. de référence.'],
    ['it', 'Ricordatevi che dom. 25 Set. sarà il compleanno del dott. Rossi.'],
    ['pt', 'O psicol. responsável e o eng. civil chegaram às 10h.'],
    ['de', 'Das Treffen ist am Mo. um 10 Uhr, lt. Plan d. h. pünktlich.'],
    ['ru', 'Стоимость 5 тыс. руб. за кв. метр, янв. выплата.'],
  ])('%s: %s', (lang, text) => {
    expect(flagged(text, lang)).toEqual([]);
  });

  it.each([
    ['en', 'The oak Quercus robur subsp. pedunculiflora and Rosa canina var. dumalis grow here, see Smith et al. for a list.'],
    ['de', 'Die Art wurde von Müller et al. beschrieben (ebd. S. 5), vgl. Quercus spp. in Europa.'],
    ['cs', 'Druh Quercus robur subsp. pedunculiflora popsal Novák et al. a potvrdil ibid. v roce 1990.'],
    ['en', 'Violence against civilians rose sharply. ibid The political progress stalled.'],
    ['de', 'Er stammte aus dem Demokratischen Marsch. ebd.'],
  ])('taxonomy and citations in any language (%s)', (lang, text) => {
    expect(flagged(text, lang)).toEqual([]);
  });

  it.each([
    ['es', 'Fue un viaje largo por el mar. luego volvimos a casa.', '. luego'],
    ['fr', 'Nous avons nagé dans la mer. puis nous sommes rentrés.', '. puis'],
    ['de', 'Wir haben uns am. danach getroffen und geredet.', '. danach'],
  ])('an ordinary word the standard data lists is still a word (%s)', (lang, text, at) => {
    expect(flagged(text, lang)).toEqual([at]);
  });

  it.each([
    ['es', 'La reunión del 3 de Set. se celebró en Lima con todos.'],
    ['cs', 'Schůzka je 5. led. v Praze a potom 7. úno. v Brně.'],
    ['uk', 'Засідання 12 вер. відбулося у Києві.'],
    ['hr', 'Sastanak je 5. lis. u Zagrebu.'],
    ['pl', 'Spotkanie odbędzie się 12 paź. w Warszawie.'],
  ])('a clipped month or weekday name (CLDR) in a date is an abbreviation (%s)', (lang, text) => {
    expect(flagged(text, lang)).toEqual([]);
  });

  it.each([
    ['cs', 'Na řece byl led. potom přišlo jaro.', '. potom'],
    ['hr', 'Pao je žuti lis. onda je pala kiša.', '. onda'],
    // A name written in full ends its sentence like any word.
    ['ru', 'Это было 5 мая. после обеда мы ушли.', '. после'],
  ])('the same word outside a date is a word (%s)', (lang, text, at) => {
    expect(flagged(text, lang)).toEqual([at]);
  });

  it('learns the abbreviations a document uses throughout (Punkt-style)', () => {
    const doc = [
      'Die Werte stehen in Tab. 1 und werden in Abs. 2 erklärt.',
      'Siehe auch Anl. zum Vertrag, die Anl. ist beigefügt.',
      'Wie die Anl. zeigt, sind die Kosten gestiegen.',
      'Die Kosten stiegen laut Anl. auch im Vorjahr.',
      'Der Vertrag wurde geschlossen. die Parteien haben unterschrieben.',
    ].join('\n');
    expect(flagged(doc, 'de')).toEqual(['. die']);
  });

  it('learns a clipped word whose full form the document uses throughout (truncated labels)', () => {
    const doc = [
      'Föregående position',
      'Gå till föregående steg',
      'Visa föregående bild',
      'Föreg. position',
      'Animationen startar nu.',
      'Spara animationen här.',
      'Ta bort animationen helt.',
      'Anim. klipp',
      'Steget gick bra. position sparas.',
    ].join('\n');
    expect(flagged(doc, 'sv')).toEqual(['. position']);
  });

  it.each([
    ['es', ['Petición de descarga', 'Pet. descarga']],
    ['en', ['Notifications', 'Notif. settings']],
    ['de', ['Einstellungen', 'Einst. speichern']],
  ])('learns a clipped label of a short unit from one full form (%s)', (lang, lines) => {
    expect(flagged(lines.join('\n'), lang)).toEqual([]);
  });

  it.each([
    // Swedish and Danish labels write a clipped word bare too ("Max storlek"): a label is no sentence, so no evidence of a word.
    ['sv', ['Avancerade inställningar', 'Avanc sökning', 'Avanc. sökning']],
    ['da', ['Indstillinger', 'Indst gemt', 'Indst. gemt']],
  ])('a clipped label written bare in another short unit is still learnt (%s)', (lang, lines) => {
    expect(flagged(lines.join('\n'), lang)).toEqual([]);
  });

  it.each([
    // Turkish dotted and dotless i: "İ" lowercases to two units (i and a combining dot), "I" to "ı".
    ['tr', ['Ayrıntılı istatistikler', 'İstat. görünümü']],
    ['tr', ['İstatistikler', 'İstat. görünümü']],
    ['tr', ['Ortam ışıklandırması', 'Işıkl. ayarı']],
  ])('matches a clipped label with its full form whatever case its i is written in (%s)', (lang, lines) => {
    expect(flagged(lines.join('\n'), lang)).toEqual([]);
  });

  it.each([
    ['Ayrıntılı istatistikler', true],
    ['İstatistikler', true],
    ['Genel bakış', false],
  ])('the bilingual check reads a clipped word by the same folding (tr: %s)', (full, clipped) => {
    const text = `${full}\nİstat. görünümünü şimdi açın ve kaydedin`;
    const start = text.indexOf('İstat.');
    expect(clippedInDocument(text, tokenize(text), start, start + 'İstat'.length)).toBe(clipped);
  });

  it('a clipped word written bare inside a sentence is a word', () => {
    const doc = ['Indstillinger', 'Vi gemmer dine indst hver dag', 'Indst. gemt'].join('\n');
    expect(flagged(doc, 'da')).toEqual(['. gemt']);
  });

  it.each([
    // A keyboard accelerator (Qt's and Windows' "&") is no letter of the clipped word.
    ['en', ['Minimum value', 'Mi&n. value']],
    ['de', ['Einstellungen', 'Ein&st. speichern']],
    ['es', ['Petición de descarga', '&Pet. descarga']],
    // GTK's "_", which leaves a word of the language after it ("if").
    ['en', ['Notifications', 'Not_if. settings']],
  ])('learns a clipped label with a keyboard accelerator in it (%s)', (lang, lines) => {
    expect(flagged(lines.join('\n'), lang)).toEqual([]);
  });

  it.each([
    ['es', ['Usuario conectado', 'Us. conectado']],
    ['de', ['Abonnement kündigen', 'Ab. kündigen']],
  ])('learns a label clipped to two letters where a unit holds its full form and the words after it (%s)', (lang, lines) => {
    expect(flagged(lines.join('\n'), lang)).toEqual([]);
  });

  it.each([
    // Two letters start a longer word by chance: without the rest of the label beside it, a word.
    ['es', ['Usuario nuevo', 'Us. conectado']],
    ['de', ['Abonnement', 'Ab. kündigen']],
  ])('does not learn a two-letter clipping from its full form alone (%s)', (lang, lines) => {
    expect(flagged(lines.join('\n'), lang)).toHaveLength(1);
  });

  it.each([
    // A unit of more words, or one that ends in a mark, is a sentence: one full form is not enough.
    ['es', ['Petición de descarga', 'Se envió la pet. descarga completa']],
    ['es', ['Petición de descarga', 'Pet. descarga.']],
    // Cut after a vowel, or continued by a consonant: no clipping.
    ['es', ['Pulsar el botón', 'Pulsa. luego']],
    ['en', ['Cancellation fee', 'Cancel. retry']],
  ])('does not learn a word of a short unit without a clipping (%s)', (lang, lines) => {
    expect(flagged(lines.join('\n'), lang)).toHaveLength(1);
  });

  it.each([
    // The document also writes it without a period inside a sentence: a word.
    ['ru', ['Вертикальное смещение', 'Вертикальная линия', 'Вертикальный отступ', 'Верт. за центром', 'Верт за центром тоже']],
    // A short word starts some longer word by chance; one period is no evidence.
    ['ru', ['Порядок действий', 'В порядке очереди', 'Порядковый номер', 'До тех пор. пока он ждал']],
    // No full form, or one used once: a whole word after all.
    ['en', ['The group met the restaurant owner.', 'They will strengthen the rest. in the field of energy.']],
  ])('does not learn a clipped word without enough evidence (%s)', (lang, lines) => {
    expect(flagged(lines.join('\n'), lang)).toHaveLength(1);
  });

  it('does not learn a word the document also writes without a period', () => {
    const doc = ['Die Zeit läuft. im Mai ist Schluss.', 'Die Zeit läuft. im Juni auch.', 'Die Zeit läuft. im Juli wieder.', 'Die Zeit drängt.'].join('\n');
    expect(flagged(doc, 'de')).toHaveLength(3);
  });
});

describe('names a document writes in lowercase throughout, learnt from it (Punkt-style)', () => {
  /**
   * `lines` in a manual of some length: a word's lowercase openings are evidence only when they
   * are far more than chance would give it (a few lines of text cannot show that). Only the
   * length of the filler matters, not its language.
   */
  const manual = (lines: string[]) => [...lines, ...Array.from({ length: 60 }, (_, i) => `Option ${i + 1} sets mode ${i + 1} of the file.`)].join('\n');

  it.each([
    ['cs', ['Příkaz chmod mění práva souborů. chmod mění práva podle zadaného režimu.', 'Symbolické odkazy se nemění. chmod nikdy nemění jejich práva.']],
    ['en', ['The kernel is linked through libcore. libcore also excludes the allocator.', 'Everything else goes to the standard library. libcore is the base of it all.']],
    ['ru', ['Утилита grep ищет строки по шаблону. grep читает файлы по очереди.', 'Если файл не указан, читается стандартный ввод. grep тогда ждёт данных.']],
    ['es', ['Use apt-get para instalar paquetes. apt-get descarga los archivos necesarios.', 'Los paquetes se configuran al final. apt-get informa de cada paso.']],
  ])('a lowercase name opening two sentences and never capitalised stays silent (%s)', (lang, lines) => {
    expect(flagged(manual(lines), lang)).toEqual([]);
  });

  it('a word the document also capitalises is an ordinary word', () => {
    const doc = ['The kernel is linked through libcore. libcore also excludes the allocator.', 'Everything else goes to the standard library. Libcore is the base of it all.'];
    expect(flagged(manual(doc), 'en')).toEqual(['. libcore']);
  });

  it('one lowercase opening is no evidence, nor two in a short text', () => {
    expect(flagged(manual(['The kernel is linked through libcore. libcore also excludes the allocator.']), 'en')).toEqual(['. libcore']);
    const short = ['The kernel is linked through libcore. libcore also excludes the allocator.', 'Everything else goes to the standard library. libcore is the base of it all.'];
    expect(flagged(short.join('\n'), 'en')).toEqual(['. libcore', '. libcore']);
  });

  it('a word that also follows a comma opens clauses: a word of the language', () => {
    const doc = ['The tools were updated, notably the linker and the loader.', 'The manual was revised. notably the index is new now.', 'The build was fixed. notably the tests pass again.'];
    expect(flagged(manual(doc), 'en')).toEqual(['. notably', '. notably']);
  });

  it.each([
    // A fragment cut off twice by the same system is no sentence a name opens.
    ['en', ['Thirty residents of the district were isolated. rice field.', 'We offer solutions that reflect the needs of a rice farmer. rice field.'], ['. rice', '. rice']],
    // Function words, sentence openers and speech verbs are words of the language.
    ['de', ['Die Sitzung war lang und der Saal war voll. im Saal wurde es heiß.', 'Die Pause kam spät und alle waren müde. im Flur war es kalt.'], ['. im', '. im']],
    ['en', ['The price is higher than in this letter. said amount was paid by the buyer.', 'The buyer paid less than agreed. said buyer then left the said house.'], ['. said', '. said']],
  ])('breaks before the same word twice stay breaks (%s)', (lang, lines, at) => {
    expect(flagged(manual(lines), lang)).toEqual(at);
  });
});

describe('register: chat and social text starts sentences in lowercase on purpose', () => {
  it.each([
    ['en', 'Lol. ok then, see you tomorrow 😂'],
    ['en', 'Omg. no way, that is amazing @jenny #blessed'],
    ['es', 'Jajaja. no puede ser, qué risa'],
    ['de', 'Haha. na klar, bis morgen 😉'],
    ['ru', 'Ахахах. ну ты даёшь, увидимся 👍'],
    ['uk', 'Хахаха. ну ти даєш, побачимось :)'],
    ['cs', 'Lol. no to je síla, uvidíme se zítra 😂'],
  ])('stays silent on informal paragraphs (%s)', (lang, text) => {
    expect(flagged(text, lang)).toEqual([]);
  });

  it.each([
    ['en', 'The company reported record revenue of $2 billion. the board approved a dividend. Shares rose 5 percent.', '. the'],
    ['de', 'Das Unternehmen meldete einen Rekordumsatz. im nächsten Jahr soll er weiter wachsen. Die Aktie stieg.', '. im'],
    ['en', 'Follow us on Twitter @acme for updates. The event starts at noon. the doors open at 11. Tickets are free.', '. the'],
    ['uk', 'Гаразд, я просто запитаю в аптеці, чи є препарат з такою ж формулою, і напишу вам. рішення буде за мамою.:)', '. рішення'],
  ])('still flags a lowercase start in formal text with at most one informal sign (%s)', (lang, text, at) => {
    expect(flagged(text, lang)).toEqual([at]);
  });
});

describe('questions and exclamations that do not end a sentence', () => {
  it.each([
    ['en', 'He left early (why? because he was tired) and went home.'],
    ['de', 'Er ging früh (warum? weil er müde war) nach Hause.'],
    ['es', 'Le pregunté ¿qué haces? y me dijo que nada.'],
    ['de', 'Die Gegenwart *¿Qué haces? könnte auch anders übersetzt werden.'],
    ['en', 'The quiz show Who Wants to Be a Millionaire? was broadcast in 100 countries.'],
    ['fr', 'Le film Qui Veut Gagner des Millions? a été un succès.'],
    ['kk', 'Оқушылар үйі, ауыл шаруашылығы – кім? не?'],
    ['de', 'Hast du die Würfe gesehen? schnappte Richter, als er gefragt wurde.'],
  ])('%s: %s', (lang, text) => {
    expect(flagged(text, lang)).toEqual([]);
  });

  it.each([
    ['en', 'Did you see Angela Merkel? she was at the airport.', '? she'],
    ['cs', 'Co bude dál? známe scénáře Rusů.', '? známe'],
    ['de', 'Kommst du morgen? wir warten auf dich.', '? wir'],
  ])('a lowercase sentence after a real question is still found (%s)', (lang, text, at) => {
    expect(flagged(text, lang)).toEqual([at]);
  });
});

describe('times and numbers end sentences like words do', () => {
  it.each([
    ['ru', 'Курьер приехал к вам в 12:39. он пытался доставить заказ.', '. он'],
    ['uk', 'Кур’єр прибув до вас о 12:39. він намагався доставити замовлення.', '. він'],
    ['en', 'The rider arrived at 12:39. he tried to deliver the order.', '. he'],
    ['cs', 'Děti přivádějí rodiče od 6.30. do 8.00 je otevřeno.', '. do'],
    ['de', 'Der Preis stieg auf 12,5. im Mai fiel er wieder.', '. im'],
  ])('%s: %s', (lang, text, at) => {
    expect(flagged(text, lang)).toEqual([at]);
  });

  it.each([
    ['de', 'Am 22. April 2023 kam er, am 16.3. folgte der Rest.'],
    ['cs', 'Přišel 22. května a 1.2. odjel.'],
    ['fr', "J'ai été informé le 18.01. par courrier électronique."],
    ['uk', '15.03 – вступ нацистів на нашу територію, 16.3. проголошення протекторату.'],
    ['hr', 'Sastanak je održan 1.2.2023. u Zagrebu.'],
  ])('dates and ordinals stay silent (%s)', (lang, text) => {
    expect(flagged(text, lang)).toEqual([]);
  });
});

describe('fragments cut off a quantity', () => {
  it.each([
    ['en', 'The reservoir will hold 12.5 million. Cubic metres.', 'Cubic metres.'],
    ['de', 'Die Kosten betragen 3,5 Millionen. Euro. Das ist viel.', 'Euro.'],
    ['ru', 'Объём водохранилища составит 12,5 миллиона. Кубометров.', 'Кубометров.'],
  ])('%s: %s', (lang, text, piece) => {
    const found = analyse(text, { lang }).findings.filter((f) => f.category === 'segmentation');
    expect(found.map((f) => [f.rule, text.slice(f.start, f.end)])).toEqual([['stranded-fragment', piece]]);
  });

  it.each([
    ['en', 'The company was founded in 1998. Big mistake.'],
    ['en', 'The score was 3. Great game.'],
    ['en', 'I paid 20.50 dollars. Thanks.'],
    ['de', 'Am 22. April kamen 300 Leute. Ein Erfolg.'],
  ])('years, scores and replies stay silent (%s)', (lang, text) => {
    expect(flagged(text, lang)).toEqual([]);
  });
});

describe('agency bylines at the end of a paragraph, in any language', () => {
  it.each([
    ['fr', 'Il a terminé 103 fois sur le podium. dpa'],
    ['it', 'Ha concluso la stagione al terzo posto. ansa'],
    ['cs', 'Zápas skončil remízou. čtk'],
    ['es', 'El partido terminó en empate. efe'],
    ['en', 'He finished on the podium 103 times. dpa/tmn'],
  ])('%s: %s', (lang, text) => {
    expect(flagged(text, lang)).toEqual([]);
  });

  it('a byline word inside the paragraph is an ordinary word', () => {
    expect(flagged('The plan was announced. idea of the year was to grow.', 'en')).toEqual(['. idea']);
  });
});

describe('words in another script than the document', () => {
  it('a Latin company form in Ukrainian text stays silent', () => {
    expect(flagged('Компанія XYZ spol. s r. o. є багаторічним виробником меблів.', 'uk')).toEqual([]);
  });
});

describe('a sentence mark written apart from its word is the same boundary', () => {
  it.each([
    ['en', 'The talks ended in Berlin . the ministers left at noon.', '. the'],
    ['de', 'Die Gespräche endeten am Montag . die Minister reisten ab.', '. die'],
    ['cs', 'Jednání skončilo v pondělí . ministři odjeli domů.', '. ministři'],
    ['ru', 'Переговоры закончились в понедельник . министры уехали домой.', '. министры'],
    ['fr', 'Pourquoi ? il faut partir avant la nuit.', '? il'],
    ['hr', 'Razgovori su završili u ponedjeljak. . ministri su otišli kući.', '. ministri'],
  ])('a break after a spaced or doubled mark is found (%s)', (lang, text, at) => {
    expect(flagged(text, lang)).toEqual([at]);
  });

  it.each([
    // French typography spaces ! and ?; a one-word exclamation opens its sentence in lowercase.
    ['fr', 'Ah ! que je suis content de vous voir. Vraiment ? Oui, vraiment !'],
    ['fr', 'Il a dit : « viens ! » et elle est venue. Quelle joie !'],
    // A spaced ellipsis, a mark that opens a word, an abbreviation written apart.
    ['en', 'He said . . . and then he left the room without a word.'],
    ['en', 'It runs on .NET and costs .5 dollars a day, see the docs.'],
    ['de', 'Das kostet ca . zehn Euro pro Stück, sagte er.'],
    ['es', 'Llegó el Sr . García con su familia a las diez.'],
  ])('traps stay silent (%s): %s', (lang, text) => {
    expect(flagged(text, lang)).toEqual([]);
  });

  it('counts a capitalised start after a spaced mark in the paragraph\'s register', () => {
    // "planned . The" capitalises a sentence, so "left. they" is a lost capital, before any spacing fix.
    expect(flagged('we met on monday , as planned . The talks ended , and the ministers left. they were happy .', 'en')).toEqual(['. they']);
    // A chat line that writes every sentence in lowercase, spaced or not, stays silent.
    expect(flagged('ok . see you tomorrow then . lol', 'en')).toEqual([]);
  });

  it('does not learn an abbreviation from the copies of a loop', () => {
    expect(flagged('Odpověď zněla: No. No. No. No. ticho, nic dalšího.', 'cs')).toEqual(['. ticho']);
    expect(flagged('Odpověď zněla: No. ticho, nic dalšího.', 'cs')).toEqual(['. ticho']);
  });
});

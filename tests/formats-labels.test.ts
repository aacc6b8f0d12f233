// Software catalogues clip their labels to fit a button or a tab ("Pet. descarga" for "Petición de
// descarga", "Einst. speichern" for "Einstellungen speichern"): each clipped word is used once or
// twice, but the catalogue writes its full form elsewhere. Read through the format readers, the
// short units keep their clipped words; a stray break in a sentence of the same file is still found.
import { describe, expect, it } from 'vitest';
import { checkText } from '../lib/check.js';

/** The segmentation findings of a checked file, each as the file's text it flags. */
function breaks(file: string, name: string, lang: string): string[] {
  const report = checkText(file, { name, lang });
  expect(report.error).toBeUndefined();
  return report.findings.filter((f) => f.category === 'segmentation').map((f) => file.slice(f.start, f.end));
}

const PO = `msgid ""
msgstr ""
"Project-Id-Version: downloader 2.4\\n"
"Language: es\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

#: src/ui/queue.c:41
msgid "Download request"
msgstr "Petición de descarga"

#: src/ui/queue.c:57
msgctxt "toolbar"
msgid "Req. download"
msgstr "Pet. descarga"

#: src/ui/prefs.c:12
msgid "Configuration"
msgstr "Configuración"

#: src/ui/prefs.c:19
msgctxt "tab"
msgid "Adv. config"
msgstr "Conf. avanzada"

#: src/ui/prefs.c:23
msgid "User preferences"
msgstr "Preferencias del usuario"

#: src/ui/prefs.c:24
msgctxt "menu"
msgid "User prefs"
msgstr "Pref. usuario"

#: src/ui/notify.c:8
msgid "Notifications"
msgstr "Notificaciones"

#: src/ui/notify.c:9
msgctxt "badge"
msgid "Pending notif."
msgstr "Notif. pendientes"

#: src/ui/sync.c:30
msgid "Synchronization"
msgstr "Sincronización"

#: src/ui/sync.c:31
msgctxt "status"
msgid "Auto sync."
msgstr "Sincr. automática"

#: src/ui/queue.c:88
msgid "The download finished. Click here to open the file."
msgstr "La descarga terminó. pulse aquí para abrir el archivo."
`;

const STRINGS = `/* Settings screen */
"Settings" = "Einstellungen";
"Save settings" = "Einst. speichern";
"Notifications" = "Benachrichtigungen";
"Show notifications" = "Benachr. anzeigen";
"Connection" = "Verbindung";
"Disconnect" = "Verb. trennen";
"Update" = "Aktualisierung";
"Download update" = "Akt. herunterladen";
"The update was installed. Restart the app now." = "Das Update wurde installiert. starten Sie die App jetzt neu.";
`;

describe('clipped labels in software catalogues', () => {
  // Before: 5 false alarms here ("Pet. descarga", "Conf. avanzada", "Pref. usuario", "Notif. pendientes", "Sincr. automática").
  it('a PO catalogue: the clipped labels are abbreviations, the break in a sentence is found', () => {
    expect(breaks(PO, 'es.po', 'es')).toEqual(['. pulse']);
  });

  // Before: 3 false alarms here ("Einst. speichern", "Benachr. anzeigen", "Verb. trennen").
  it('an Apple .strings file: the same', () => {
    expect(breaks(STRINGS, 'de.lproj/Localizable.strings', 'de')).toEqual(['. starten']);
  });
});

// The engine and UI tests read both languages, as the app does: English is loaded by whoever
// shows it (the app, or an embed host with the English module), never by the guide's own file.
import '../../src/embed/english-entry';

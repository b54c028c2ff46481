import '../i18n/english';
import '../paperwork/texts-en';
import '../presenter/texts-en';

/**
 * The optional English module for an embed: the host loads it with its own `<script>` after the
 * guide's. It brings the English translation of the guide and of the optional modules (so one
 * line offers English on the whole page); the guides on the page then offer the language switch,
 * and a guide with `lang="en"` is shown in English. Danish remains the authoritative language.
 */

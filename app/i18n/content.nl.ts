// Dutch text of content.en.ts: the same keys, Dutch wording (the compiler checks that none is missing).
import type { contentText } from "./content.en";
import type { CatalogueShape } from "./translator";

export const contentNl: CatalogueShape<typeof contentText> = {
  aboutDescription: "Over het register: het Algoritmecharter, hoe u een algoritme publiceert, privacy en toegankelijkheid.",
  decisionsCard: "De keuzes achter deze software, vastgelegd als ontwerpbesluiten.",
  decisionsIntro:
    "Een register dat over transparantie gaat, maakt ook zijn eigen keuzes openbaar. Elk besluit beschrijft wat we hebben besloten, waarom, en wat daaruit volgt. De besluiten zijn in het Engels geschreven; hier staan de Nederlandse vertalingen.",
  untranslated: "Deze pagina is nog niet vertaald. Daarom ziet u hieronder de Engelse tekst.",
  translatedDecision: "Ontwerpbesluiten worden in het Engels geschreven. Dit is een vertaling.",
  original: "Lees de Engelse tekst",
};

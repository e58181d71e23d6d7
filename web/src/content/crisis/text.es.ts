// El directorio de líneas de ayuda en español, sobre las regiones en inglés (translate.ts): aquí
// solo cambian las frases; números, fuentes, fechas, tipos e idiomas siguen en los archivos de cada
// región. Los nombres propios de los servicios no se traducen (se muestra el suyo).
import type { DirectoryText } from './translate';

const EMERGENCIAS = 'Policía, ambulancia o bomberos, cuando hay peligro ahora mismo para ti o para otra persona.';
const SIEMPRE = 'A cualquier hora, de día y de noche';
const SAMARITANS = 'Alguien que te escucha sin juzgarte, pases por lo que pases.';

export const DIRECTORY_ES: DirectoryText = {
  us: {
    name: 'Estados Unidos',
    lines: {
      'us-911': {
        name: 'Emergencias',
        purpose: EMERGENCIAS,
        hours: SIEMPRE,
        silentCall:
          'En muchas zonas puedes enviar un mensaje de texto al 911 si no es seguro llamar: en el primer mensaje, escribe dónde estás y qué ayuda necesitas. Los mensajes al 911 no funcionan en todas partes, así que llama siempre que puedas.',
      },
      'us-ndvh-call': {
        purpose: 'Ayuda confidencial y apoyo para hacer un plan de seguridad si alguien cercano te hace daño o te controla.',
        hours: SIEMPRE,
      },
      'us-ndvh-text': {
        name: 'National Domestic Violence Hotline (mensajes de texto)',
        purpose: 'Envía START por mensaje de texto para comunicarte con una persona de apoyo cuando no es seguro llamar.',
        hours: SIEMPRE,
      },
      'us-ndvh-chat': {
        purpose: 'Chat en vivo con una persona de apoyo, en el sitio web de la propia línea.',
        hours: SIEMPRE,
      },
      'us-ndvh-chat-es': {
        purpose: 'El chat en vivo de la línea en español, en su propio sitio web en español.',
        hours: SIEMPRE,
      },
      'us-ndvh-tty': {
        purpose: 'La misma ayuda para personas sordas o con pérdida auditiva que llaman con un teléfono de texto (TTY).',
        hours: SIEMPRE,
      },
      'us-988-call': {
        purpose: 'Habla con una persona preparada para ayudarte si sientes angustia emocional o piensas en el suicidio.',
        hours: SIEMPRE,
      },
      'us-988-text': {
        name: '988 Suicide & Crisis Lifeline (mensajes de texto)',
        purpose: 'El mismo apoyo por mensaje de texto, si no es seguro hablar en voz alta.',
        hours: SIEMPRE,
      },
      'us-988-es-call': {
        purpose: 'Llama al 988 y marca el 2 para hablar en español con una persona preparada para ayudarte.',
      },
      'us-988-es-text': {
        name: '988 Lifeline en español (mensajes de texto)',
        purpose: 'Envía AYUDA por mensaje de texto al 988 para hablar por escrito en español con una persona preparada para ayudarte.',
      },
      'us-988-chat': {
        purpose: 'El mismo apoyo por chat en línea, en el sitio web de la Lifeline.',
        hours: SIEMPRE,
      },
      'us-rainn': {
        purpose: 'Apoyo confidencial después de una violación o una agresión sexual, con una persona preparada de un centro cerca de ti.',
        hours: SIEMPRE,
      },
    },
  },
  uk: {
    name: 'Reino Unido',
    lines: {
      'uk-999': {
        name: 'Emergencias',
        purpose: EMERGENCIAS,
        hours: SIEMPRE,
        silentCall:
          'Si hablar te pondría en peligro, llama al 999 y escucha. Cuando el mensaje grabado te lo pida, marca 55, o tose o da golpecitos en el teléfono. Después, la persona de la policía que atiende la llamada te hará preguntas de sí o no, que puedes responder con sonidos o pulsando teclas. Si solo puedes decir una cosa, di dónde estás.',
      },
      'uk-ndah': {
        purpose:
          'Apoyo gratuito y confidencial, a cargo de Refuge, para mujeres que sufren maltrato doméstico y para cualquier persona preocupada por ellas.',
        hours: SIEMPRE,
      },
      'uk-scotland-dafmh': {
        purpose:
          'Apoyo para cualquier persona en Escocia que vive maltrato doméstico o un matrimonio forzado, y para quienes se preocupan por alguien en esa situación.',
        hours: SIEMPRE,
      },
      'uk-wales-lff': {
        purpose:
          'Ayuda gratuita y confidencial para cualquier persona en Gales que vive maltrato doméstico o violencia sexual, o que se preocupa por alguien en esa situación.',
        hours: SIEMPRE,
      },
      'uk-wales-lff-text': {
        name: 'Live Fear Free Helpline (mensajes de texto)',
        purpose: 'La misma ayuda por mensaje de texto, si no es seguro llamar.',
        hours: SIEMPRE,
      },
      'uk-ni-dsa': {
        purpose: 'Ayuda para cualquier persona en Irlanda del Norte preocupada por la violencia doméstica o sexual, ahora o en el pasado.',
        hours: SIEMPRE,
      },
      'uk-samaritans': {
        purpose: SAMARITANS,
        hours: SIEMPRE,
      },
      'uk-mens-advice-line': {
        purpose: 'Apoyo para hombres que sufren maltrato doméstico por parte de su pareja, su expareja o un familiar.',
      },
      'uk-galop': {
        name: 'Línea de ayuda de Galop',
        purpose:
          'Apoyo de personas LGBT+ para personas lesbianas, gais, bi, trans y queer que sufren maltrato de su pareja o de un familiar.',
      },
      'uk-scotland-rape-crisis': {
        purpose: 'Apoyo gratuito para cualquier persona afectada por violencia sexual, sin importar cuándo ni cómo ocurrió.',
      },
    },
  },
  ca: {
    name: 'Canadá',
    note: 'Canadá no tiene una línea nacional contra la violencia doméstica, así que esas líneas aparecen por provincia. Si la tuya aún no aparece, llama al 911 si estás en peligro, o al 988 si estás en crisis.',
    lines: {
      'ca-911': {
        name: 'Emergencias',
        purpose: EMERGENCIAS,
        hours: SIEMPRE,
      },
      'ca-bc-victimlink': {
        purpose:
          'Apoyo en crisis para cualquier persona que sufre violencia familiar o sexual, y ayuda para encontrar casas de acogida y orientación psicológica.',
        hours: SIEMPRE,
      },
      'ca-ab-fvil': {
        purpose:
          'Información, apoyo y derivación a otros servicios para cualquier persona en Alberta afectada por la violencia familiar o preocupada por alguien.',
        hours: SIEMPRE,
      },
      'ca-ab-fvil-text': {
        name: 'Family Violence Info Line (mensajes de texto)',
        purpose: 'La misma ayuda por mensaje de texto (se aplican las tarifas normales de los mensajes).',
        hours: SIEMPRE,
      },
      'ca-ab-fvil-chat': {
        purpose: 'La misma ayuda por chat en línea, en el sitio web del Gobierno de Alberta.',
      },
      'ca-988-call': {
        purpose: 'Habla con una persona preparada para ayudarte si piensas en el suicidio o te preocupa alguien.',
        hours: SIEMPRE,
      },
      'ca-988-text': {
        name: '988 Suicide Crisis Helpline (mensajes de texto)',
        purpose: 'El mismo apoyo por mensaje de texto.',
        hours: SIEMPRE,
      },
    },
  },
  au: {
    name: 'Australia',
    lines: {
      'au-000': {
        name: 'Emergencias (Triple Zero)',
        purpose: EMERGENCIAS,
        silentCall:
          'Triple Zero solo atiende llamadas de voz: no puedes comunicarte por mensaje de texto. Si tienes una discapacidad auditiva o del habla y un TTY, marca el 106 y escribe PPP para la policía, FFF para los bomberos o AAA para una ambulancia. Si llamas desde un teléfono que no es fijo y no logras comunicarte, prueba con el 112.',
      },
      'au-1800respect': {
        purpose:
          'Orientación psicológica y apoyo para cualquier persona afectada por violencia doméstica, familiar o sexual, y para las personas que la ayudan.',
        hours: SIEMPRE,
      },
      'au-1800respect-text': {
        name: '1800RESPECT (mensajes de texto)',
        purpose: 'El mismo apoyo por mensaje de texto, si no es seguro hablar.',
        hours: SIEMPRE,
      },
      'au-lifeline': {
        purpose: 'Apoyo en crisis y prevención del suicidio, para cualquier persona que lo está pasando mal.',
        hours: SIEMPRE,
      },
      'au-mensline': {
        purpose:
          'Apoyo por teléfono, información y derivación a otros servicios para hombres que pasan por problemas de pareja, violencia familiar o angustia.',
      },
      'au-qlife': {
        purpose: 'Apoyo entre pares para personas LGBTIQ+, sea lo que sea lo que tengas en la cabeza.',
      },
      'au-mens-referral': {
        purpose:
          'Para hombres que han tenido conductas de maltrato y quieren dejar de hacerlo, y para familiares o amistades a quienes les preocupa la conducta de un hombre.',
      },
      'au-mens-referral-chat': {
        purpose: 'La misma ayuda por chat en vivo, en el sitio web de No to Violence.',
      },
    },
  },
  ie: {
    name: 'Irlanda',
    lines: {
      'ie-112': {
        name: 'Emergencias',
        purpose:
          'Gardaí (la policía), ambulancia, bomberos o guardacostas, cuando hay peligro ahora mismo para ti o para otra persona. También funciona el 999; los dos son gratuitos.',
        hours: SIEMPRE,
        silentCall:
          'Si eres una persona sorda o no puedes hablar, puedes enviar un mensaje de texto al 112 en una emergencia, siempre que tu teléfono esté registrado en el servicio de SMS del 112: regístralo con antelación para tenerlo listo.',
      },
      'ie-womensaid': {
        purpose: 'Apoyo gratuito y confidencial para mujeres que sufren maltrato de su pareja o expareja.',
        hours: SIEMPRE,
      },
      'ie-male-advice-line': {
        purpose: 'Orientación y apoyo confidenciales para hombres que sufren violencia doméstica.',
      },
      'ie-lgbt': {
        purpose: 'Ayuda y apoyo para personas LGBT, incluidas las que sufren violencia de su pareja o de un familiar.',
      },
      'ie-rape-crisis': {
        purpose:
          'Apoyo gratuito y confidencial para cualquier persona afectada por una violación o por violencia sexual, ocurriera cuando ocurriera.',
        hours: SIEMPRE,
      },
      'ie-samaritans': {
        purpose: SAMARITANS,
        hours: SIEMPRE,
      },
    },
  },
  nz: {
    name: 'Nueva Zelanda',
    lines: {
      'nz-111': {
        name: 'Emergencias',
        purpose: `${EMERGENCIAS} Es gratis, incluso desde un teléfono sin saldo.`,
        silentCall:
          'Si no puedes hablar porque eso te pondría en peligro a ti o a otras personas: desde un teléfono que no es fijo, no cuelgues y marca 55 cuando el mensaje grabado te lo pida; desde un teléfono fijo, presiona cualquier tecla cuando te lo pida la persona que atiende. Entonces la llamada pasa a la policía.',
      },
      'nz-womens-refuge': {
        name: 'Línea de ayuda de Women’s Refuge',
        purpose:
          'Habla con una persona de apoyo de tu Women’s Refuge local sobre la violencia familiar, cómo mantenerte a salvo y cómo irte.',
        hours: SIEMPRE,
      },
      'nz-shine': {
        purpose:
          'Ayuda gratuita para cualquier persona que vive violencia familiar, que apoya a alguien en esa situación o a quien le preocupa su propia conducta.',
        hours: SIEMPRE,
      },
      'nz-are-you-ok': {
        purpose:
          'Información sobre la violencia familiar y ayuda para llegar a los servicios locales, también para quienes se preocupan por su propia conducta.',
      },
      'nz-1737': {
        purpose: 'Habla gratis con una persona preparada para ayudarte cuando todo te supera, no te sientes a salvo o sientes angustia.',
        hours: SIEMPRE,
      },
      'nz-1737-text': {
        name: '1737 Need to talk? (mensajes de texto)',
        purpose: 'Escribe gratis por mensaje de texto a una persona preparada para ayudarte, si no es seguro hablar en voz alta.',
        hours: SIEMPRE,
      },
    },
  },
  de: {
    name: 'Alemania',
    lines: {
      'de-110': {
        name: 'Emergencias de la policía (Polizei)',
        purpose:
          'La policía, cuando hay peligro ahora mismo para ti o para otra persona. Para bomberos o una ambulancia, llama al 112. Los dos números son gratuitos.',
      },
      'de-hilfetelefon-frauen': {
        purpose:
          'Orientación gratuita y anónima para mujeres que sufren cualquier tipo de violencia, y para las amistades, familiares y profesionales que las apoyan.',
        hours: SIEMPRE,
      },
      'de-telefonseelsorge': {
        purpose: 'Escucha y apoyo en crisis, gratuitos y anónimos, sea cual sea tu preocupación, incluidos los pensamientos de suicidio.',
        hours: SIEMPRE,
      },
      'de-telefonseelsorge-2': {
        name: 'TelefonSeelsorge (segundo número)',
        purpose: 'El mismo servicio en su segundo número gratuito, si el primero está ocupado.',
        hours: SIEMPRE,
      },
      'de-maennerhilfetelefon': {
        purpose:
          'Ayuda gratuita y anónima para hombres que sufren violencia doméstica o sexual, acoso o un matrimonio forzado, y para las personas que los apoyan.',
        hours: 'De lunes a jueves, de 8 de la mañana a 8 de la noche; viernes, de 8 de la mañana a 3 de la tarde',
      },
      'de-hilfetelefon-missbrauch': {
        purpose:
          'Orientación gratuita y anónima para personas que sufrieron abuso sexual en la infancia o la adolescencia, y para cualquier persona a quien le preocupa una niña o un niño.',
      },
      'de-nummer-gegen-kummer': {
        name: 'Nummer gegen Kummer (niñas, niños y adolescentes)',
        purpose: 'Apoyo gratuito y anónimo para niñas, niños y adolescentes, sea lo que sea lo que les preocupa.',
      },
    },
  },
  fr: {
    name: 'Francia',
    lines: {
      'fr-17': {
        name: 'Emergencias de policía (policía o gendarmería)',
        purpose:
          'La policía o la gendarmería, cuando hay peligro ahora mismo para ti o para otra persona. Para bomberos, llama al 18; para ayuda médica, al 15; el 112 te comunica con cualquiera de ellos.',
        hours: SIEMPRE,
        silentCall:
          'Si no puedes hablar, envía un mensaje de texto al 114, gratis y a cualquier hora, para avisar a la policía o a la gendarmería. Escribe primero la dirección exacta. El 114 solo recibe mensajes de texto, no llamadas.',
      },
      'fr-3919': {
        purpose:
          'Escucha y orientación gratuitas y anónimas para mujeres que sufren cualquier tipo de violencia, y para las personas de su entorno. En horarios fijos hay personas que atienden en otros 12 idiomas, entre ellos inglés y español.',
        hours: SIEMPRE,
      },
      'fr-arretons-chat': {
        name: 'Arrêtons les violences (chat con policía o gendarmería)',
        purpose:
          'Chatea de forma anónima con agentes de policía o de gendarmería con formación en violencia doméstica y sexual, para pedir consejo o hacer una denuncia.',
        hours: SIEMPRE,
      },
      'fr-3114': {
        name: '3114 Línea de prevención del suicidio',
        purpose:
          'Ayuda gratuita y confidencial de profesionales de la salud con formación para ello, si piensas en el suicidio o te preocupa alguien.',
        hours: SIEMPRE,
      },
      'fr-119': {
        purpose:
          'Para niñas, niños y adolescentes en peligro, y para personas adultas preocupadas por una niña o un niño; las llamadas de menores se atienden primero.',
        hours: SIEMPRE,
      },
    },
  },
  es: {
    name: 'España',
    lines: {
      'es-112': {
        name: 'Emergencias',
        purpose: `${EMERGENCIAS} Gratis desde cualquier teléfono.`,
      },
      'es-016': {
        name: '016 Línea de ayuda por violencia contra las mujeres',
        purpose:
          'Información, asesoramiento jurídico y apoyo, gratuitos y confidenciales, para mujeres que sufren cualquier forma de violencia y para las personas de su entorno.',
      },
      'es-016-tty': {
        name: '016 por teléfono de texto',
        purpose: 'Acceso al 016 por teléfono de texto para personas sordas o con una discapacidad del habla.',
      },
      'es-anar': {
        name: 'Teléfono ANAR (niñas, niños y adolescentes)',
        purpose: 'Ayuda gratuita y confidencial para niñas, niños y adolescentes con problemas o en riesgo.',
        hours: SIEMPRE,
      },
    },
  },
  it: {
    name: 'Italia',
    lines: {
      'it-112': {
        name: 'Emergencias',
        purpose: `${EMERGENCIAS} Gratis desde cualquier teléfono.`,
      },
      'it-1522': {
        name: '1522 Línea contra la violencia y el acoso',
        purpose:
          'Primera ayuda gratuita y anónima para víctimas de violencia de género y de acoso, y conexión con los centros antiviolencia de la zona.',
        hours: SIEMPRE,
      },
    },
  },
  nl: {
    name: 'Países Bajos',
    lines: {
      'nl-112': {
        name: 'Emergencias',
        purpose: EMERGENCIAS,
        silentCall:
          'En los Países Bajos, el 112 no tiene un código para llamadas en silencio: la llamada se corta si no respondes a las dos primeras preguntas, dónde estás y qué servicio necesitas. Si puedes, responde a esas dos, aunque sea muy brevemente.',
      },
      'nl-veilig-thuis': {
        purpose:
          'Orientación gratuita y un lugar donde avisar de violencia doméstica o maltrato infantil, para víctimas, testigos y personas que ejercen violencia y quieren ayuda. Puedes mantener el anonimato.',
        hours: SIEMPRE,
      },
      'nl-veilig-thuis-chat': {
        purpose: 'Orientación anónima por chat cuando llamar te resulta difícil; los avisos se hacen por teléfono.',
      },
      'nl-113': {
        purpose: 'Ayuda gratuita y anónima si piensas en el suicidio o te preocupa alguien.',
      },
      'nl-113-chat': {
        purpose: 'La misma ayuda por chat anónimo, en el sitio web del 113.',
      },
      'nl-csg': {
        purpose:
          'Ayuda médica, forense y emocional después de una violación o una agresión sexual, mejor en los 7 días siguientes; la policía solo interviene si tú quieres.',
        hours: SIEMPRE,
      },
      'nl-slachtofferhulp': {
        name: 'Slachtofferhulp Nederland (apoyo a víctimas)',
        purpose:
          'Ayuda práctica, jurídica y emocional gratuita para víctimas de delitos, incluida la violencia doméstica y sexual. La llamada cuesta lo mismo que una llamada local.',
        hours: 'En horario de oficina y, fuera de él, en caso de crisis',
      },
    },
  },
  in: {
    name: 'India',
    note: 'Por ahora, para la India solo aparece el número de emergencias: las demás líneas se añadirán cuando se comprueben en las páginas de los propios servicios.',
    lines: {
      'in-112': {
        name: 'Emergencias (ERSS)',
        purpose:
          'Policía, bomberos, ambulancia y ayuda para mujeres, en un solo número, cuando hay peligro ahora mismo para ti o para otra persona.',
        silentCall:
          'Si no puedes hablar, haz una llamada de pánico: en un teléfono inteligente, presiona el botón de encendido tres veces rápido; en un teléfono básico, mantén presionada la tecla 5 o la 9. La aplicación 112 India también puede enviar una llamada de pánico.',
      },
    },
  },
  eu: {
    name: 'Unión Europea (números de toda la UE)',
    note: 'El 112 funciona en todos los países de la UE, gratis desde cualquier teléfono. Los demás números son de toda la UE, pero no todos los países los han puesto en marcha. Para ver líneas en tu idioma, elige tu país en la lista de arriba, si aparece.',
    lines: {
      'eu-112': {
        name: 'Número europeo de emergencias',
        purpose: 'Gratis desde cualquier teléfono en todos los países de la UE: policía, ambulancia o bomberos.',
        hours: SIEMPRE,
      },
      'eu-116006': {
        name: '116 006 Línea de ayuda a víctimas de delitos',
        purpose:
          'Información y apoyo emocional para víctimas de delitos, en los países que lo han puesto en marcha; muchos no lo han hecho, así que, si hay peligro, llama al 112.',
      },
      'eu-116000': {
        name: '116 000 Línea por desaparición de menores',
        purpose: 'Para menores que se han ido de casa o que pueden desaparecer, y para sus familias, en los países donde funciona.',
      },
    },
  },
};

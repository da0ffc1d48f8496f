/** Fictional resumes from other professions: nothing in them matches the sample job post. */
import type { SampleResume } from './samples.data.js';

export const weakResumes: SampleResume[] = [
  {
    file: '03-grace-mwangi.txt',
    expectedFit: 'weak',
    name: 'Grace Mwangi',
    headline: 'Registered Nurse, Critical Care',
    email: 'grace.mwangi@example.org',
    phone: '+1 555-0103',
    location: 'Nairobi, Kenya',
    links: [],
    summary:
      'Registered nurse with nine years of experience, six of them in intensive care. Calm under ' +
      'pressure, experienced in ventilator care and in training new nurses on the ward.',
    experience: [
      {
        title: 'Critical Care Nurse',
        company: 'Riverside General Hospital',
        location: 'Nairobi, Kenya',
        start: 'Mar 2019',
        end: 'Present',
        bullets: [
          'Care for up to two ventilated patients per shift in a 16-bed intensive care unit.',
          'Preceptor for 12 newly qualified nurses; lead the unit’s infection control audits.',
        ],
      },
      {
        title: 'Staff Nurse, Medical Ward',
        company: 'Highlands County Hospital',
        location: 'Nyeri, Kenya',
        start: 'Jan 2016',
        end: 'Feb 2019',
        bullets: ['Medication administration, wound care and patient education on a 30-bed ward.'],
      },
    ],
    education: [
      { degree: 'BSc Nursing', institution: 'University of Nairobi', year: '2015' },
      {
        degree: 'Postgraduate Diploma in Critical Care Nursing',
        institution: 'Kenya Medical Training College',
        year: '2018',
      },
    ],
    skills: [
      'Patient assessment',
      'Ventilator management',
      'Advanced Cardiac Life Support',
      'Medication administration',
      'Electronic health records',
      'Clinical teaching',
    ],
  },
  {
    file: '06-isabella-rossi.txt',
    expectedFit: 'weak',
    name: 'Isabella Rossi',
    headline: 'Chartered Accountant',
    email: 'isabella.rossi@example.com',
    phone: '+1 555-0106',
    location: 'Milan, Italy',
    links: ['linkedin.com/in/isabella-rossi-example'],
    summary:
      'Chartered accountant with ten years in audit and corporate finance. I lead month-end close ' +
      'for a group of six companies and enjoy automating reports in Excel.',
    dateSeparator: ' - ',
    experience: [
      {
        title: 'Group Financial Controller',
        company: 'Fratelli Moretti Alimentari S.p.A.',
        location: 'Milan, Italy',
        start: '2019',
        end: 'Present',
        bullets: [
          'Lead month-end and year-end close for six subsidiaries under IFRS.',
          'Cut the closing calendar from 12 to 7 working days.',
          'Prepare board reporting and cash flow forecasts.',
        ],
      },
      {
        title: 'Senior Auditor',
        company: 'Bianchi & Colombo Revisori',
        location: 'Milan, Italy',
        start: '2015',
        end: '2019',
        bullets: ['Statutory audits of manufacturing and retail clients.'],
      },
    ],
    education: [
      {
        degree: 'Laurea Magistrale in Economics and Accounting',
        institution: 'Università Bocconi',
        year: '2014',
      },
    ],
    skills: ['IFRS', 'Consolidation', 'SAP FI/CO', 'Advanced Excel', 'Power BI', 'Audit'],
    extra: [{ heading: 'Languages', items: ['Italian (native), English (C1), French (B1)'] }],
  },
  {
    file: '07-siobhan-ni-bhriain.pdf',
    expectedFit: 'weak',
    name: 'Siobhán Ní Bhriain',
    headline: 'Secondary School Mathematics Teacher',
    email: 'siobhan.nibhriain@example.org',
    phone: '+1 555-0107',
    location: 'Galway, Ireland',
    links: [],
    summary:
      'Mathematics teacher with eight years of experience teaching Junior and Leaving Certificate ' +
      'students. I run the school’s after-school coding club with Scratch and a little Python, and ' +
      'coordinate the maths department’s assessment.',
    experience: [
      {
        title: 'Mathematics Teacher',
        company: 'Coláiste na Cille',
        location: 'Galway, Ireland',
        start: 'Aug 2017',
        end: 'Present',
        bullets: [
          'Teach higher and ordinary level mathematics to classes of up to 28 students.',
          'Coordinate assessment for the maths department of six teachers.',
          'Founded the after-school coding club; 40 students a year.',
        ],
      },
      {
        title: 'Substitute Teacher',
        company: 'Galway City Schools',
        location: 'Galway, Ireland',
        start: 'Sep 2016',
        end: 'Jun 2017',
        bullets: ['Covered mathematics and science classes in four schools.'],
      },
    ],
    education: [
      {
        degree: 'Professional Master of Education',
        institution: 'University of Galway',
        year: '2016',
      },
      { degree: 'BSc Mathematical Science', institution: 'University of Galway', year: '2014' },
    ],
    skills: ['Curriculum planning', 'Assessment', 'Classroom management', 'Scratch', 'Irish language'],
  },
  {
    file: '11-dmitri-volkov.docx',
    expectedFit: 'weak',
    name: 'Dmitri Volkov',
    headline: 'Account Executive',
    email: 'dmitri.volkov@example.com',
    phone: '+1 555-0111',
    location: 'Riga, Latvia',
    links: ['linkedin.com/in/dmitri-volkov-example'],
    summary:
      'B2B sales professional with seven years of experience selling fleet management software to ' +
      'logistics companies in the Baltics and Nordics. Consistently above quota.',
    headings: { skills: 'Core Competencies' },
    experience: [
      {
        title: 'Senior Account Executive',
        company: 'Daugava Fleet Software',
        location: 'Riga, Latvia',
        start: 'Jan 2021',
        end: 'Present',
        bullets: [
          'Closed €2.4M in new annual recurring revenue in 2024, 128% of quota.',
          'Manage a pipeline of 60 mid-market accounts in Salesforce.',
        ],
      },
      {
        title: 'Sales Representative',
        company: 'Baltic Office Supply',
        location: 'Riga, Latvia',
        start: 'Jun 2018',
        end: 'Dec 2020',
        bullets: ['Grew the territory from 80 to 150 active business customers.'],
      },
    ],
    education: [
      {
        degree: 'BA Business Administration',
        institution: 'University of Latvia',
        year: '2018',
      },
    ],
    skills: ['Solution selling', 'Negotiation', 'Salesforce CRM', 'HubSpot', 'Account planning'],
    extra: [{ heading: 'Languages', items: ['Russian, Latvian, English'] }],
  },
  {
    file: '15-aroha-ngata.txt',
    expectedFit: 'weak',
    name: 'Aroha Ngata',
    headline: 'Head Chef',
    email: 'aroha.ngata@example.com',
    phone: '+1 555-0115',
    location: 'Wellington, New Zealand',
    links: [],
    summary:
      'Head chef with twelve years in restaurant kitchens, focused on seasonal New Zealand produce. ' +
      'I run a brigade of nine, design menus and keep food cost under 28%.',
    headings: { experience: 'Kitchen Experience' },
    experience: [
      {
        title: 'Head Chef',
        company: 'Harbour Kitchen & Bar',
        location: 'Wellington, New Zealand',
        start: 'Nov 2019',
        end: 'Present',
        bullets: [
          'Lead a brigade of nine; write seasonal menus for 120 covers a night.',
          'Cut food waste by a third with a new ordering routine.',
        ],
      },
      {
        title: 'Sous Chef',
        company: 'Kōwhai Bistro',
        location: 'Auckland, New Zealand',
        start: 'Feb 2015',
        end: 'Oct 2019',
        bullets: ['Ran the pass on busy services and trained apprentices.'],
      },
      {
        title: 'Commis Chef',
        company: 'Seaview Hotel',
        location: 'Napier, New Zealand',
        start: 'Jan 2013',
        end: 'Jan 2015',
        bullets: ['Prepared breakfast and banquet service for up to 300 guests.'],
      },
    ],
    education: [
      {
        degree: 'New Zealand Certificate in Cookery (Level 4)',
        institution: 'Wellington Institute of Technology',
        year: '2012',
      },
    ],
    skills: ['Menu design', 'Food cost control', 'Food safety', 'Team leadership', 'Butchery'],
  },
  {
    file: '20-ayse-yilmaz.docx',
    expectedFit: 'weak',
    name: 'Ayşe Yılmaz',
    headline: 'Structural Engineer',
    email: 'ayse.yilmaz@example.org',
    phone: '+1 555-0120',
    location: 'Istanbul, Türkiye',
    links: ['linkedin.com/in/ayse-yilmaz-example'],
    summary:
      'Civil engineer with eight years of experience in the structural design of residential and ' +
      'commercial buildings, specialised in seismic retrofitting.',
    experience: [
      {
        title: 'Senior Structural Engineer',
        company: 'Boğaziçi Yapı Mühendislik',
        location: 'Istanbul, Türkiye',
        start: 'Sep 2020',
        end: 'Present',
        bullets: [
          'Seismic assessment and retrofit design for 35 residential buildings.',
          'Coordinate with architects and site teams; review contractor drawings.',
        ],
      },
      {
        title: 'Structural Engineer',
        company: 'Ege Proje Ofisi',
        location: 'Izmir, Türkiye',
        start: 'Jul 2017',
        end: 'Aug 2020',
        bullets: ['Reinforced concrete design for mid-rise buildings.'],
      },
    ],
    education: [
      {
        degree: 'MSc Structural Engineering',
        institution: 'Istanbul Technical University',
        year: '2017',
      },
    ],
    skills: ['SAP2000', 'ETABS', 'AutoCAD', 'Seismic design', 'Reinforced concrete', 'Site supervision'],
    extra: [{ heading: 'Languages', items: ['Turkish (native), English (C1)'] }],
  },
  {
    file: '22-diego-alarcon.pdf',
    expectedFit: 'weak',
    name: 'Diego Alarcón',
    headline: 'Logistics Coordinator',
    email: 'diego.alarcon@example.com',
    phone: '+1 555-0122',
    location: 'Santiago, Chile',
    links: [],
    summary:
      'Logistics coordinator with six years of experience in warehouse operations and import ' +
      'shipments for retail. Organised, fluent in Spanish and English, and comfortable with SAP.',
    dateSeparator: ' - ',
    experience: [
      {
        title: 'Logistics Coordinator',
        company: 'Andes Retail Distribution',
        location: 'Santiago, Chile',
        start: '2020',
        end: 'Present',
        bullets: [
          'Plan inbound container shipments from Asia, 400 containers a year.',
          'Coordinate three warehouses and a team of 25 operators.',
          'Introduced weekly stock accuracy checks; accuracy rose to 99.2%.',
        ],
      },
      {
        title: 'Warehouse Supervisor',
        company: 'Pacífico Cargo',
        location: 'Valparaíso, Chile',
        start: '2017',
        end: '2020',
        bullets: ['Supervised night shift picking and dispatch.'],
      },
    ],
    education: [
      {
        degree: 'Ingeniería en Logística',
        institution: 'Universidad de Santiago de Chile',
        year: '2016',
      },
    ],
    skills: ['SAP MM', 'Inventory control', 'Import documentation', 'Excel', 'Team scheduling'],
    extra: [{ heading: 'Languages', items: ['Spanish (native), English (B2)'] }],
  },
  {
    file: '24-ingrid-haugen.txt',
    expectedFit: 'weak',
    name: 'Ingrid Haugen',
    headline: 'Pharmacist',
    email: 'ingrid.haugen@example.org',
    phone: '+1 555-0124',
    location: 'Bergen, Norway',
    links: [],
    summary:
      'Community pharmacist with nine years of experience in dispensing, patient counselling and ' +
      'pharmacy management.',
    headings: { education: 'Education and Licences' },
    experience: [
      {
        title: 'Pharmacy Manager',
        company: 'Fjordapotek Sentrum',
        location: 'Bergen, Norway',
        start: 'Apr 2020',
        end: 'Present',
        bullets: [
          'Manage a pharmacy with eight staff and 400 prescriptions a day.',
          'Run vaccination clinics and medication reviews for elderly patients.',
        ],
      },
      {
        title: 'Pharmacist',
        company: 'Vestland Apotek',
        location: 'Stavanger, Norway',
        start: 'Aug 2016',
        end: 'Mar 2020',
        bullets: ['Dispensing, patient counselling and stock management.'],
      },
    ],
    education: [
      { degree: 'Master of Pharmacy', institution: 'University of Bergen', year: '2016' },
      {
        degree: 'Authorised pharmacist, Norwegian Directorate of Health',
        institution: 'Helsedirektoratet',
        year: '2016',
      },
    ],
    skills: ['Dispensing', 'Patient counselling', 'Vaccination', 'Pharmacy management', 'Medication review'],
  },
];

/** Fictional resumes that match the sample job post well: 5+ years of TypeScript, Node.js and PostgreSQL. */
import type { SampleResume } from './samples.data.js';

export const strongResumes: SampleResume[] = [
  {
    file: '01-amara-okafor.pdf',
    expectedFit: 'strong',
    name: 'Amara Okafor',
    headline: 'Senior Backend Engineer',
    email: 'amara.okafor@example.com',
    phone: '+1 555-0101',
    location: 'Lisbon, Portugal',
    links: ['linkedin.com/in/amara-okafor-example', 'github.com/amara-okafor-example'],
    summary:
      'Backend engineer with eleven years of experience, the last nine building payment and ' +
      'logistics platforms in TypeScript and Node.js. I design PostgreSQL schemas that stay fast at ' +
      'hundreds of millions of rows, and I have led two monoliths into GraphQL services running on ' +
      'Kubernetes in AWS. I care about boring deploys, clear on-call runbooks and growing the people ' +
      'around me.',
    experience: [
      {
        title: 'Senior Backend Engineer',
        company: 'Lumen Payments',
        location: 'Lisbon, Portugal',
        start: 'Mar 2019',
        end: 'Present',
        bullets: [
          'Lead the ledger team of five engineers: Node.js and TypeScript services behind a GraphQL gateway serving 40 million requests a day.',
          'Designed and operate a partitioned PostgreSQL 15 cluster (3 TB) with logical replication; cut p95 query latency from 420 ms to 35 ms by redesigning indexes and queries.',
          'Moved settlement batch jobs to BullMQ queues on Redis with idempotent handlers, which ended duplicate payouts.',
          'Run the services on Amazon EKS (Kubernetes) with Terraform; introduced contract tests and canary releases.',
        ],
      },
      {
        title: 'Backend Engineer',
        company: 'Parcelhub',
        location: 'Lagos, Nigeria',
        start: 'Jan 2016',
        end: 'Feb 2019',
        bullets: [
          'Built the courier dispatch REST API in Node.js (Express, later TypeScript) on PostgreSQL.',
          'Wrote the route pricing engine and a Redis cache in front of the maps provider, cutting API costs by 30%.',
          'Set up CI with integration tests against a real database; mentored three junior developers.',
        ],
      },
      {
        title: 'Software Developer',
        company: 'Kora Digital Agency',
        location: 'Lagos, Nigeria',
        start: 'Jun 2014',
        end: 'Dec 2015',
        bullets: [
          'Built PHP and JavaScript web applications for retail clients and the agency’s first Node.js service.',
        ],
      },
    ],
    education: [{ degree: 'BSc Computer Science', institution: 'University of Lagos', year: '2014' }],
    skills: [
      'TypeScript',
      'Node.js',
      'PostgreSQL',
      'GraphQL',
      'Redis',
      'BullMQ',
      'Kubernetes',
      'AWS (EKS, RDS, SQS)',
      'Terraform',
      'Docker',
      'Jest',
      'Kafka',
    ],
    extra: [{ heading: 'Languages', items: ['English (native), Igbo (native), Portuguese (B1)'] }],
  },
  {
    file: '05-priya-raghunathan.docx',
    expectedFit: 'strong',
    name: 'Priya Raghunathan',
    headline: 'Staff Software Engineer, Backend Platform',
    email: 'priya.raghunathan@example.org',
    phone: '(555) 555-0105',
    location: 'Berlin, Germany',
    links: ['linkedin.com/in/priya-raghunathan-example'],
    summary:
      'Staff engineer with twelve years in backend development, seven of them on TypeScript and ' +
      'Node.js. I lead API platforms for accounting and insurance products, design multi-tenant ' +
      'PostgreSQL data models and run zero-downtime migrations. Known for pragmatic architecture ' +
      'reviews, written design docs and mentoring.',
    headings: { summary: 'Profile', experience: 'Professional Experience' },
    dateSeparator: ' - ',
    experience: [
      {
        title: 'Staff Software Engineer',
        company: 'Cobalt Ledger GmbH',
        location: 'Berlin, Germany',
        start: '2021',
        end: 'Present',
        bullets: [
          'Technical lead of the accounting API platform: 14 Node.js/TypeScript services, GraphQL federation, PostgreSQL on AWS (Aurora).',
          'Designed the multi-tenant PostgreSQL schema with row-level security and led the zero-downtime migration of 2 billion rows.',
          'Introduced OpenTelemetry tracing and service level objectives; incidents per quarter fell by half.',
          'Mentor six engineers and run the backend guild.',
        ],
      },
      {
        title: 'Senior Backend Engineer',
        company: 'Finch & Vale Insurance',
        location: 'Berlin, Germany',
        start: '2017',
        end: '2021',
        bullets: [
          'Built claims processing services in Node.js and TypeScript with PostgreSQL, Kafka and SQS workers.',
          'Led the move from REST to GraphQL with Apollo Server for the broker portal.',
          'Ran services on Kubernetes; wrote the team’s testing guidelines.',
        ],
      },
      {
        title: 'Software Engineer',
        company: 'Tessellate Systems',
        location: 'Bengaluru, India',
        start: '2013',
        end: '2017',
        bullets: ['Java and later Node.js services for e-commerce search; MySQL and PostgreSQL.'],
      },
    ],
    education: [
      {
        degree: 'B.Tech Information Technology',
        institution: 'Anna University, Chennai',
        year: '2013',
      },
    ],
    skills: [
      'TypeScript',
      'Node.js',
      'PostgreSQL',
      'GraphQL',
      'Apollo Server',
      'Kafka',
      'AWS',
      'Docker',
      'Kubernetes',
      'Redis',
      'OpenTelemetry',
      'Java',
    ],
    extra: [
      {
        heading: 'Certifications',
        items: ['AWS Certified Solutions Architect – Associate (2020)'],
      },
      { heading: 'Languages', items: ['English, Tamil, German (B2)'] },
    ],
  },
  {
    file: '09-jonas-lindqvist.md',
    expectedFit: 'strong',
    name: 'Jonas Lindqvist',
    headline: 'Backend Engineer (Node.js / TypeScript)',
    email: 'jonas.lindqvist@example.com',
    phone: '+1 555-0109',
    location: 'Stockholm, Sweden',
    links: ['github.com/jonas-lindqvist-example'],
    summary:
      'Backend engineer with eight years of Node.js, mostly TypeScript, in media streaming and ' +
      'mobility. I like PostgreSQL more than is healthy: partitioning, EXPLAIN ANALYZE and ' +
      'migrations that never lock a table. Comfortable owning services end to end on Kubernetes.',
    experience: [
      {
        title: 'Senior Backend Engineer',
        company: 'Bluefjord Media',
        location: 'Stockholm, Sweden',
        start: 'Aug 2020',
        end: 'Present',
        bullets: [
          'Own the subscription and entitlement services (TypeScript, Node.js, Fastify) for 2 million subscribers.',
          'Designed PostgreSQL schemas and partitioned the event tables; tuned the slowest queries with EXPLAIN ANALYZE.',
          'Redis for rate limits and sessions; background jobs with BullMQ and dead-letter handling.',
          'Deploy to Kubernetes (GKE) with Helm and Argo CD.',
        ],
      },
      {
        title: 'Backend Developer',
        company: 'Kestrel Mobility',
        location: 'Gothenburg, Sweden',
        start: 'Sep 2017',
        end: 'Jul 2020',
        bullets: [
          'Node.js REST APIs for an e-scooter fleet; PostGIS queries on PostgreSQL.',
          'Wrote the integration test suite that runs against real databases in CI.',
        ],
      },
    ],
    education: [
      {
        degree: 'MSc Software Engineering',
        institution: 'KTH Royal Institute of Technology',
        year: '2017',
      },
    ],
    skills: [
      'TypeScript',
      'Node.js',
      'Fastify',
      'PostgreSQL',
      'PostGIS',
      'Redis',
      'BullMQ',
      'Kubernetes',
      'Helm',
      'GCP',
      'Docker',
      'GraphQL (basic)',
    ],
    extra: [{ heading: 'Languages', items: ['Swedish, English, German (basic)'] }],
  },
  {
    file: '10-fatima-zahra-el-amrani.pdf',
    expectedFit: 'strong',
    name: 'Fatima Zahra El Amrani',
    headline: 'Senior Software Engineer – Backend',
    email: 'fz.elamrani@example.com',
    phone: '+1 555-0110',
    location: 'Madrid, Spain',
    links: ['linkedin.com/in/fatima-zahra-el-amrani-example'],
    summary:
      'Backend engineer with nine years of experience in travel and e-commerce, specialised in API ' +
      'design with TypeScript and Node.js, PostgreSQL data modelling and asynchronous processing on ' +
      'AWS. I enjoy turning slow, fragile integrations into fast, observable ones.',
    experience: [
      {
        title: 'Senior Software Engineer',
        company: 'Orbita Travel',
        location: 'Madrid, Spain',
        start: '01/2021',
        end: 'Present',
        bullets: [
          'Designed the booking GraphQL API (Apollo Server, TypeScript) used by the web and mobile apps, 1,200 requests per second at peak.',
          'Own the PostgreSQL (Amazon RDS) schema and migrations for bookings; added read replicas and PgBouncer.',
          'Built asynchronous supplier confirmation pipelines on SQS and Redis-backed queues with retries.',
          'Run the backend interview loop and mentored two junior engineers to mid level.',
        ],
      },
      {
        title: 'Backend Developer',
        company: 'Souk Connect',
        location: 'Casablanca, Morocco',
        start: '03/2018',
        end: '12/2020',
        bullets: [
          'Marketplace APIs in Node.js (Express, TypeScript) with PostgreSQL and Elasticsearch.',
          'Containerised the services with Docker and moved them to AWS ECS.',
        ],
      },
      {
        title: 'Web Developer',
        company: 'Atlas Web Studio',
        location: 'Rabat, Morocco',
        start: '09/2016',
        end: '02/2018',
        bullets: ['JavaScript, PHP (Laravel) and MySQL websites for small businesses.'],
      },
    ],
    education: [
      {
        degree: 'Diplôme d’Ingénieur, Software Engineering',
        institution: 'ENSIAS, Rabat',
        year: '2016',
      },
    ],
    skills: [
      'TypeScript',
      'Node.js',
      'PostgreSQL',
      'GraphQL',
      'AWS (RDS, SQS, ECS, Lambda)',
      'Redis',
      'Docker',
      'Elasticsearch',
      'Jest',
    ],
    extra: [{ heading: 'Languages', items: ['Arabic, French, Spanish, English'] }],
  },
  {
    file: '14-tomasz-wisniewski.docx',
    expectedFit: 'strong',
    name: 'Tomasz Wiśniewski',
    headline: 'Senior Backend Developer',
    email: 'tomasz.wisniewski@example.com',
    phone: '555-0114',
    location: 'Kraków, Poland',
    links: ['github.com/tomasz-wisniewski-example'],
    summary:
      'Senior backend developer with nine years of Node.js, the last six in TypeScript with NestJS. ' +
      'I build GraphQL APIs for healthcare and design PostgreSQL models that survive audits. ' +
      'Interested in reliability engineering and developer experience.',
    headings: { experience: 'Work History', skills: 'Technical Skills' },
    experience: [
      {
        title: 'Senior Backend Developer',
        company: 'Vistula Health Tech',
        location: 'Kraków, Poland',
        start: 'Feb 2020',
        end: 'Present',
        bullets: [
          'NestJS (TypeScript) microservices for telemedicine appointments, exposed through a GraphQL API with 60 types.',
          'PostgreSQL 14 with TypeORM and later MikroORM; designed the indexing strategy and tested nightly restores.',
          'Redis pub/sub for real-time notifications; services run on Kubernetes (AWS EKS).',
        ],
      },
      {
        title: 'Backend Developer',
        company: 'Amberline Software House',
        location: 'Wrocław, Poland',
        start: 'Jul 2016',
        end: 'Jan 2020',
        bullets: [
          'Node.js APIs for nine client projects on PostgreSQL and MongoDB.',
          'Introduced GitLab CI pipelines with automated tests for every project.',
        ],
      },
    ],
    education: [
      {
        degree: 'MSc Computer Science',
        institution: 'AGH University of Science and Technology',
        year: '2016',
      },
    ],
    skills: [
      'TypeScript',
      'Node.js',
      'NestJS',
      'PostgreSQL',
      'GraphQL',
      'Redis',
      'Kubernetes',
      'AWS',
      'RabbitMQ',
      'Docker',
      'MikroORM',
    ],
    extra: [{ heading: 'Languages', items: ['Polish (native), English (C1)'] }],
  },
  {
    file: '18-oluwaseun-adeyemi.txt',
    expectedFit: 'strong',
    name: 'Oluwaseun Adeyemi',
    headline: 'Backend Engineer',
    email: 'seun.adeyemi@example.org',
    phone: '+1 (202) 555-0118',
    location: 'Dublin, Ireland',
    links: ['linkedin.com/in/oluwaseun-adeyemi-example'],
    summary:
      'Backend engineer with seven years of experience building fintech APIs in Node.js and ' +
      'TypeScript on PostgreSQL. I have shipped identity verification, payments and reporting ' +
      'services on AWS and I like writing the tests first.',
    dateSeparator: ' to ',
    experience: [
      {
        title: 'Backend Engineer II',
        company: 'Tidewater Fintech',
        location: 'Dublin, Ireland',
        start: 'June 2021',
        end: 'Present',
        bullets: [
          'Built the KYC verification service in TypeScript and Node.js (Koa) on PostgreSQL, with REST endpoints and webhooks; 99.95% uptime.',
          'Write and review PostgreSQL migrations, tune slow queries and moved reporting to a read replica.',
          'Queue workers on AWS SQS and Lambda; infrastructure in Terraform.',
        ],
      },
      {
        title: 'Software Engineer',
        company: 'Naira Rails',
        location: 'Lagos, Nigeria',
        start: 'May 2019',
        end: 'May 2021',
        bullets: [
          'Payments APIs in Node.js with PostgreSQL and Redis; built the reconciliation job that matched 300,000 transfers a day.',
        ],
      },
      {
        title: 'Junior Software Engineer',
        company: 'Codeworks Lagos',
        location: 'Lagos, Nigeria',
        start: 'January 2018',
        end: 'April 2019',
        bullets: ['JavaScript and Node.js services with MongoDB.'],
      },
    ],
    education: [
      {
        degree: 'BEng Electrical and Electronic Engineering',
        institution: 'Obafemi Awolowo University',
        year: '2017',
      },
    ],
    skills: [
      'TypeScript',
      'Node.js',
      'PostgreSQL',
      'Redis',
      'AWS (SQS, Lambda, RDS)',
      'Terraform',
      'REST',
      'Docker',
      'Jest',
    ],
  },
  {
    file: '19-mei-ling-chen.pdf',
    expectedFit: 'strong',
    name: 'Mei-Ling Chen',
    headline: 'Principal Backend Engineer',
    email: 'meiling.chen@example.com',
    phone: '+1 555-0119',
    location: 'Amsterdam, Netherlands',
    links: ['linkedin.com/in/mei-ling-chen-example', 'github.com/mei-ling-chen-example'],
    summary:
      'Principal engineer with fourteen years of backend experience across shipping, health data ' +
      'and games. For the past decade I have built and operated Node.js services, in TypeScript since ' +
      '2016, on large PostgreSQL installations. I set technical direction for platform teams, ' +
      'untangle data models that have outgrown a single database, and coach senior engineers ' +
      'towards staff roles. I write a lot: design documents, incident reviews and the occasional ' +
      'blog post about keyset pagination.',
    experience: [
      {
        title: 'Principal Backend Engineer',
        company: 'Harbourline Shipping',
        location: 'Amsterdam, Netherlands',
        start: 'Apr 2021',
        end: 'Present',
        bullets: [
          'Architect of the booking and tracking platform: 30 TypeScript/Node.js services, a GraphQL gateway, PostgreSQL and Kafka.',
          'Led the sharding of the 12 TB tracking-events PostgreSQL database with Citus, without downtime.',
          'Designed the Kubernetes platform on AWS (EKS) used by 9 teams; cut compute cost by 28%.',
          'Defined the backend career ladder; coach four senior engineers; chair the architecture review.',
          'Introduced idempotency keys and an outbox pattern for all booking mutations, ending double bookings.',
          'Wrote the incident process; mean time to recovery went from 3 hours to 40 minutes.',
        ],
      },
      {
        title: 'Senior Backend Engineer',
        company: 'Pulsewise',
        location: 'Amsterdam, Netherlands',
        start: 'Jan 2017',
        end: 'Mar 2021',
        bullets: [
          'GraphQL API in Node.js and TypeScript for wearable health data, 50,000 writes per second at peak.',
          'PostgreSQL with TimescaleDB for time series; designed retention and downsampling jobs.',
          'Redis Streams and BullMQ workers for ingestion; all services containerised on Kubernetes.',
          'Led GDPR work: data export and erasure across 11 services.',
          'Mentored five engineers, two of whom became tech leads.',
        ],
      },
      {
        title: 'Backend Engineer',
        company: 'Formosa Cloud Services',
        location: 'Taipei, Taiwan',
        start: 'Jul 2013',
        end: 'Dec 2016',
        bullets: [
          'Node.js REST APIs for a hosting control panel; migrated the main database from MySQL to PostgreSQL.',
          'Ran the services on AWS EC2 and RDS; wrote the on-call runbooks.',
          'Built the billing pipeline that invoiced 40,000 customers a month.',
        ],
      },
      {
        title: 'Software Engineer',
        company: 'Jadeite Games',
        location: 'Taipei, Taiwan',
        start: 'Aug 2011',
        end: 'Jun 2013',
        bullets: [
          'Game backends in C# and early Node.js: matchmaking, leaderboards and in-game purchases.',
          'Wrote load tests that found the leaderboard bottleneck before launch.',
        ],
      },
    ],
    education: [
      {
        degree: 'MSc Computer Science and Information Engineering',
        institution: 'National Taiwan University',
        year: '2011',
      },
      {
        degree: 'BSc Computer Science',
        institution: 'National Tsing Hua University',
        year: '2009',
      },
    ],
    skills: [
      'TypeScript',
      'Node.js',
      'PostgreSQL',
      'Citus',
      'TimescaleDB',
      'GraphQL',
      'Kafka',
      'Redis',
      'BullMQ',
      'Kubernetes',
      'AWS',
      'Terraform',
      'OpenTelemetry',
      'C#',
    ],
    extra: [
      {
        heading: 'Selected Projects',
        items: [
          'Tracking event store: append-only PostgreSQL tables partitioned by week, with keyset pagination for the public API.',
          'Schema change tooling: a migration linter that blocks table rewrites and long locks in CI.',
          'Open source: maintainer of a small Node.js library for PostgreSQL advisory locks.',
        ],
      },
      {
        heading: 'Certifications',
        items: ['Certified Kubernetes Administrator (CKA), 2022'],
      },
      {
        heading: 'Talks',
        items: ['“Keyset pagination in practice”, Amsterdam Node.js meetup, 2023'],
      },
      { heading: 'Languages', items: ['Mandarin (native), English (fluent), Dutch (B1)'] },
    ],
  },
  {
    file: '23-youssef-haddad.docx',
    expectedFit: 'strong',
    name: 'Youssef Haddad',
    headline: 'Senior Backend Engineer',
    email: 'youssef.haddad@example.com',
    phone: '+1 555-0123',
    location: 'Paris, France',
    links: ['github.com/youssef-haddad-example'],
    summary:
      'Backend engineer with seven years of experience, building GraphQL and REST APIs in ' +
      'TypeScript on Node.js for e-learning and retail. Strong PostgreSQL skills (schema design, ' +
      'full-text search, query tuning) and a habit of making background jobs observable.',
    experience: [
      {
        title: 'Senior Backend Engineer',
        company: 'Quillstone Learning',
        location: 'Paris, France',
        start: 'Sep 2021',
        end: 'Present',
        bullets: [
          'GraphQL API (TypeScript, Node.js, Apollo Server) for an e-learning platform with 800,000 learners.',
          'PostgreSQL schema design, migrations, full-text search and query tuning; Redis cache and BullMQ jobs.',
          'Services on AWS (ECS, RDS); on-call lead for the learning platform.',
        ],
      },
      {
        title: 'Backend Developer',
        company: 'Cèdre Digital',
        location: 'Beirut, Lebanon',
        start: 'Jun 2018',
        end: 'Aug 2021',
        bullets: [
          'Node.js and Express REST APIs on PostgreSQL for retail clients; React admin panels.',
          'Wrote the company’s first automated test suites and review checklist.',
        ],
      },
    ],
    education: [
      {
        degree: 'Master’s in Computer Engineering',
        institution: 'Saint Joseph University of Beirut',
        year: '2018',
      },
    ],
    skills: [
      'TypeScript',
      'Node.js',
      'PostgreSQL',
      'GraphQL',
      'Apollo Server',
      'Redis',
      'BullMQ',
      'AWS',
      'Docker',
      'Jest',
      'React',
    ],
    extra: [{ heading: 'Languages', items: ['Arabic, French, English'] }],
  },
];

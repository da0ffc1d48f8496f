/**
 * Fictional resumes that half match the sample job post: frontend developers, a junior backend
 * developer, backend engineers on other stacks, DevOps and data engineering.
 */
import type { SampleResume } from './samples.data.js';

export const partialResumes: SampleResume[] = [
  {
    file: '02-mateus-oliveira-santos.docx',
    expectedFit: 'partial',
    name: 'Mateus Oliveira Santos',
    headline: 'Frontend Engineer',
    email: 'mateus.santos@example.com',
    phone: '+1 555-0102',
    location: 'São Paulo, Brazil',
    links: ['linkedin.com/in/mateus-oliveira-santos-example', 'github.com/mateus-os-example'],
    summary:
      'Frontend engineer with six years of experience building React and TypeScript applications ' +
      'for fintech and media. I maintain a small Node.js backend-for-frontend layer and consume ' +
      'GraphQL APIs daily, and I would like to move further towards the backend.',
    experience: [
      {
        title: 'Senior Frontend Engineer',
        company: 'Moeda Bank',
        location: 'São Paulo, Brazil',
        start: 'Apr 2021',
        end: 'Present',
        bullets: [
          'Lead the web banking app in React, Next.js and TypeScript used by 3 million customers.',
          'Maintain the Node.js backend-for-frontend that aggregates five internal REST services.',
          'Introduced Apollo Client with generated types; cut bundle size by 35%.',
        ],
      },
      {
        title: 'Frontend Developer',
        company: 'Ipê Media',
        location: 'Campinas, Brazil',
        start: 'Feb 2019',
        end: 'Mar 2021',
        bullets: [
          'Built the newsroom publishing tool in React with Firebase as the backend.',
          'Set up Storybook and visual regression tests with Cypress.',
        ],
      },
    ],
    education: [
      {
        degree: 'BSc Information Systems',
        institution: 'University of São Paulo',
        year: '2018',
      },
    ],
    skills: [
      'TypeScript',
      'JavaScript',
      'React',
      'Next.js',
      'Node.js (BFF)',
      'GraphQL (Apollo Client)',
      'CSS',
      'Firebase',
      'Jest',
      'Cypress',
      'Storybook',
    ],
    extra: [{ heading: 'Languages', items: ['Portuguese (native), English (fluent), Spanish'] }],
  },
  {
    file: '04-kenji-watanabe.pdf',
    expectedFit: 'partial',
    name: 'Kenji Watanabe',
    headline: 'Backend Engineer (Java / Spring)',
    email: 'kenji.watanabe@example.org',
    phone: '+1 555-0104',
    location: 'Munich, Germany',
    links: ['linkedin.com/in/kenji-watanabe-example'],
    summary:
      'Backend engineer with eight years of experience in Java and Spring Boot, building order ' +
      'management and pricing systems on PostgreSQL and Kafka. Experienced with Kubernetes and AWS. ' +
      'I have not worked with Node.js professionally but I am keen to learn TypeScript.',
    experience: [
      {
        title: 'Senior Backend Engineer',
        company: 'Alpenrad Commerce GmbH',
        location: 'Munich, Germany',
        start: 'May 2020',
        end: 'Present',
        bullets: [
          'Java 17 and Spring Boot microservices for order management; PostgreSQL with Flyway migrations.',
          'Event-driven integration with Kafka; services on Kubernetes in AWS.',
          'Reduced order processing time from 9 s to 1.5 s by batching database writes.',
        ],
      },
      {
        title: 'Software Engineer',
        company: 'Sakura Logistics Systems',
        location: 'Osaka, Japan',
        start: 'Apr 2017',
        end: 'Apr 2020',
        bullets: [
          'Java EE and Spring applications for warehouse management on Oracle and PostgreSQL.',
          'Wrote JUnit and integration tests; ran the team’s code reviews.',
        ],
      },
    ],
    education: [{ degree: 'MEng Information Science', institution: 'Osaka University', year: '2017' }],
    skills: ['Java', 'Spring Boot', 'Kotlin', 'PostgreSQL', 'Kafka', 'Kubernetes', 'AWS', 'Docker', 'JUnit', 'Flyway'],
    extra: [{ heading: 'Languages', items: ['Japanese (native), English (fluent), German (B1)'] }],
  },
  {
    file: '08-nguyen-thi-lan.docx',
    expectedFit: 'partial',
    name: 'Nguyễn Thị Lan',
    headline: 'Junior Backend Developer',
    email: 'lan.nguyen@example.org',
    phone: '+1 555-0108',
    location: 'Ho Chi Minh City, Vietnam',
    links: ['github.com/lan-nguyen-example'],
    summary:
      'Backend developer with two years of professional experience in Node.js, TypeScript and ' +
      'PostgreSQL. I build REST APIs for an online grocery service and I am learning GraphQL and ' +
      'Docker in my own projects.',
    experience: [
      {
        title: 'Backend Developer',
        company: 'Chợ Xanh Online',
        location: 'Ho Chi Minh City, Vietnam',
        start: 'Jul 2023',
        end: 'Present',
        bullets: [
          'REST APIs in Node.js and TypeScript (Express) for orders and delivery slots, on PostgreSQL.',
          'Wrote SQL migrations and added indexes for the order history page.',
          'Unit tests with Jest; fixed about 40 production bugs.',
        ],
      },
      {
        title: 'Backend Intern',
        company: 'Sông Hàn Software',
        location: 'Da Nang, Vietnam',
        start: 'Jan 2023',
        end: 'Jun 2023',
        bullets: ['Built internal admin endpoints in Node.js with MySQL.'],
      },
    ],
    education: [
      {
        degree: 'Bachelor of Engineering in Computer Science',
        institution: 'Ho Chi Minh City University of Technology',
        year: '2023',
      },
    ],
    skills: ['Node.js', 'TypeScript', 'Express', 'PostgreSQL', 'MySQL', 'Jest', 'Git', 'Docker (learning)'],
    extra: [{ heading: 'Languages', items: ['Vietnamese (native), English (B2)'] }],
  },
  {
    file: '12-hamid-rezaei.txt',
    expectedFit: 'partial',
    name: 'Hamid Rezaei',
    headline: 'Senior Python Developer',
    email: 'hamid.rezaei@example.com',
    phone: '+1 555-0112',
    location: 'Toronto, Canada',
    links: ['linkedin.com/in/hamid-rezaei-example'],
    summary:
      'Senior Python developer with seven years of experience building Django and FastAPI backends ' +
      'on PostgreSQL, with Celery and Redis for background work and AWS for hosting. No professional ' +
      'TypeScript or Node.js experience.',
    headings: { summary: 'About' },
    experience: [
      {
        title: 'Senior Python Developer',
        company: 'Maple Grove Analytics',
        location: 'Toronto, Canada',
        start: 'Oct 2020',
        end: 'Present',
        bullets: [
          'Django REST Framework APIs for insurance analytics on PostgreSQL; designed the reporting schema.',
          'Celery workers on Redis for nightly imports of 20 million rows.',
          'Hosted on AWS (ECS, RDS, S3); Terraform for infrastructure.',
        ],
      },
      {
        title: 'Python Developer',
        company: 'Persepolis Software',
        location: 'Tehran, Iran',
        start: 'Mar 2018',
        end: 'Sep 2020',
        bullets: ['Flask and Django web applications with PostgreSQL and RabbitMQ.'],
      },
    ],
    education: [{ degree: 'BSc Computer Engineering', institution: 'Sharif University of Technology', year: '2017' }],
    skills: ['Python', 'Django', 'FastAPI', 'PostgreSQL', 'Celery', 'Redis', 'AWS', 'Terraform', 'Docker', 'pytest'],
  },
  {
    file: '13-sofia-hernandez-ruiz.pdf',
    expectedFit: 'partial',
    name: 'Sofía Hernández Ruiz',
    headline: 'Full-Stack Developer',
    email: 'sofia.hernandez@example.com',
    phone: '555-0113',
    location: 'Valencia, Spain',
    links: ['github.com/sofia-hernandez-example'],
    summary:
      'Full-stack developer with four years of experience in TypeScript, React and Node.js, mostly ' +
      'with MongoDB and Firebase. I have shipped three products from prototype to production and ' +
      'want to specialise in backend work.',
    dateSeparator: ' - ',
    experience: [
      {
        title: 'Full-Stack Developer',
        company: 'Azahar Apps',
        location: 'Valencia, Spain',
        start: 'Sep 2021',
        end: 'Present',
        bullets: [
          'React and Node.js (Express, TypeScript) apps for restaurant bookings; MongoDB Atlas.',
          'Built the payments integration and the admin dashboard.',
          'Set up GitHub Actions with unit and end-to-end tests.',
        ],
      },
      {
        title: 'Junior Web Developer',
        company: 'Marina Creativa',
        location: 'Alicante, Spain',
        start: 'Jan 2021',
        end: 'Aug 2021',
        bullets: ['Landing pages and a Firebase-backed customer portal in JavaScript.'],
      },
    ],
    education: [
      {
        degree: 'Grado en Ingeniería Informática',
        institution: 'Universitat Politècnica de València',
        year: '2020',
      },
    ],
    skills: ['TypeScript', 'JavaScript', 'React', 'Node.js', 'Express', 'MongoDB', 'Firebase', 'Git', 'GitHub Actions'],
    extra: [{ heading: 'Languages', items: ['Spanish (native), Valencian, English (C1)'] }],
  },
  {
    file: '16-ji-woo-park.pdf',
    expectedFit: 'partial',
    name: 'Ji-woo Park',
    headline: 'Site Reliability Engineer',
    email: 'jiwoo.park@example.org',
    phone: '+1 555-0116',
    location: 'Amsterdam, Netherlands',
    links: ['linkedin.com/in/ji-woo-park-example'],
    summary:
      'Site reliability engineer with seven years of experience running Kubernetes platforms on AWS. ' +
      'I automate everything with Terraform, Go and Python, operate PostgreSQL on RDS and help ' +
      'product teams with observability. Occasional Node.js scripting, no product backend work.',
    experience: [
      {
        title: 'Senior Site Reliability Engineer',
        company: 'Tulipa Cloud Retail',
        location: 'Amsterdam, Netherlands',
        start: 'Jan 2022',
        end: 'Present',
        bullets: [
          'Run 14 Kubernetes clusters on AWS EKS for 60 engineers; on-call lead.',
          'Operate Amazon RDS for PostgreSQL: upgrades, failover drills, backup restore tests.',
          'Wrote Go operators and Terraform modules; small Node.js scripts for deployment hooks.',
        ],
      },
      {
        title: 'DevOps Engineer',
        company: 'Hangang Games',
        location: 'Seoul, South Korea',
        start: 'Mar 2018',
        end: 'Dec 2021',
        bullets: [
          'Built CI/CD with Jenkins and Argo CD; moved game servers to Kubernetes.',
          'Prometheus and Grafana monitoring; Redis cluster operations.',
        ],
      },
    ],
    education: [{ degree: 'BSc Computer Science', institution: 'Korea University', year: '2018' }],
    skills: [
      'Kubernetes',
      'AWS',
      'Terraform',
      'Go',
      'Python',
      'PostgreSQL (operations)',
      'Redis',
      'Prometheus',
      'Grafana',
      'Argo CD',
      'Linux',
    ],
    extra: [{ heading: 'Certifications', items: ['Certified Kubernetes Administrator (CKA), 2021'] }],
  },
  {
    file: '17-kwame-mensah.docx',
    expectedFit: 'partial',
    name: 'Kwame Mensah',
    headline: 'Backend Engineer (Go)',
    email: 'kwame.mensah@example.com',
    phone: '+1 555-0117',
    location: 'London, United Kingdom',
    links: ['github.com/kwame-mensah-example'],
    summary:
      'Backend engineer with six years of experience writing Go services with gRPC on PostgreSQL, ' +
      'deployed on Kubernetes. I have written TypeScript for internal tools but have not run ' +
      'Node.js services in production.',
    experience: [
      {
        title: 'Backend Engineer',
        company: 'Thameside Energy',
        location: 'London, United Kingdom',
        start: 'Oct 2021',
        end: 'Present',
        bullets: [
          'Go services with gRPC for smart meter readings; PostgreSQL with sqlc and goose migrations.',
          'Kubernetes on Google Cloud; Pub/Sub for asynchronous processing.',
          'Built a small TypeScript CLI for the support team.',
        ],
      },
      {
        title: 'Software Engineer',
        company: 'Kente Pay',
        location: 'Accra, Ghana',
        start: 'Aug 2019',
        end: 'Sep 2021',
        bullets: ['Go and Python APIs for mobile money transfers on PostgreSQL.'],
      },
    ],
    education: [
      {
        degree: 'BSc Computer Science',
        institution: 'Kwame Nkrumah University of Science and Technology',
        year: '2019',
      },
    ],
    skills: ['Go', 'gRPC', 'PostgreSQL', 'Kubernetes', 'GCP', 'Python', 'TypeScript (tooling)', 'Docker'],
  },
  {
    file: '21-rafael-cohen.md',
    expectedFit: 'partial',
    name: 'Rafael Cohen',
    headline: 'Data Engineer',
    email: 'rafael.cohen@example.org',
    phone: '+1 555-0121',
    location: 'Barcelona, Spain',
    links: ['linkedin.com/in/rafael-cohen-example'],
    summary:
      'Data engineer with six years of experience building batch and streaming pipelines in Python ' +
      'and SQL. I model data in PostgreSQL and warehouses, run Airflow on AWS, and build small ' +
      'internal APIs when a team needs one.',
    experience: [
      {
        title: 'Senior Data Engineer',
        company: 'Mirador Mobility',
        location: 'Barcelona, Spain',
        start: 'Mar 2022',
        end: 'Present',
        bullets: [
          'Airflow and Spark pipelines on AWS (EMR, S3, Redshift) for trip data.',
          'Designed the PostgreSQL operational store for pricing features.',
          'Built a FastAPI service that serves model features to the pricing team.',
        ],
      },
      {
        title: 'Data Engineer',
        company: 'Galil Analytics',
        location: 'Haifa, Israel',
        start: 'Jun 2019',
        end: 'Feb 2022',
        bullets: ['ETL in Python and SQL; dbt models; PostgreSQL and BigQuery.'],
      },
    ],
    education: [
      {
        degree: 'BSc Industrial Engineering and Management',
        institution: 'Technion – Israel Institute of Technology',
        year: '2019',
      },
    ],
    skills: ['Python', 'SQL', 'PostgreSQL', 'Airflow', 'Spark', 'dbt', 'AWS', 'FastAPI', 'Docker'],
    extra: [{ heading: 'Languages', items: ['Hebrew, English, Spanish'] }],
  },
];

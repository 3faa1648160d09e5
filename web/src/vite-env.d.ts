// Type declarations Vite provides (CSS and JSON imports).
/// <reference types="vite/client" />

/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_CONFIG_URL?: string;
  readonly VITE_CANDOR_API?: string;
}

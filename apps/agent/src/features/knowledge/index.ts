export { KNOWLEDGE_DEBOUNCE_MS, KnowledgePanel, type UsedArticle } from './components/KnowledgePanel';

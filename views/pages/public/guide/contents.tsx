const ENTRIES: { id: string; title: string }[] = [
  { id: 'about', title: '什么是民事执行检察监督' },
  { id: 'who', title: '谁可以申请' },
  { id: 'matters', title: '可以申请监督的情形' },
  { id: 'court-first', title: '先向法院寻求救济' },
  { id: 'jurisdiction', title: '向哪个检察院申请' },
  { id: 'materials', title: '需要准备的材料' },
  { id: 'process', title: '办理流程和时限' },
  { id: 'rights', title: '您的权利' },
  { id: 'faq', title: '常见问题' },
  { id: 'contact', title: '联系我们' },
]

/** The in-page table of contents; every entry targets an h2 id of the guide. */
export function GuideContents() {
  return (
    <nav aria-label="本页目录">
      <ol>
        {ENTRIES.map((entry) => (
          <li>
            <a href={`#${entry.id}`}>{entry.title}</a>
          </li>
        ))}
      </ol>
    </nav>
  )
}

const esbuild=require('esbuild');const fs=require('fs');const {stripDocsForMeta}=require('./build-codecs.js');
(async()=>{const r=await esbuild.build({entryPoints:['src/network-server/entry.ts'],bundle:true,format:'iife',minify:true,write:false,metafile:true,target:'es2020',platform:'neutral',
plugins:[{name:'s',setup(b){b.onLoad({filter:/[\\/]src[\\/]schema[\\/][^\\/]+\.ts$/},a=>({contents:stripDocsForMeta(fs.readFileSync(a.path,'utf8'),a.path),loader:'ts'}))}}]});
const o=Object.values(r.metafile.outputs)[0];for(const [k,v] of Object.entries(o.inputs).sort((a,b)=>b[1].bytesInOutput-a[1].bytesInOutput))console.log(v.bytesInOutput,k);console.log(r.outputFiles[0].text.length)})();

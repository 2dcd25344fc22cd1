const b=require('./build-codecs.js');const {minify}=require('terser');
(async()=>{
 const s=await b.buildScript(); console.log('base',s.length);
})();

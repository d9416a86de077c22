// Positions pictures: the world map of a text's positions and a state's stance timeline (ECharts).
(function () {
  var COLOURS = {VOTE_YES: '#2e7d32', MAIN_SPONSOR: '#1b5e20', CO_SPONSOR: '#1b5e20', SIGNATORY: '#2e7d32',
    ENDORSED_LATER: '#66bb6a', VOTE_NO: '#c62828', DECLINED_TO_SIGN: '#c62828', DECLINED_TO_COSPONSOR: '#e57373',
    VOTE_ABSTAIN: '#f9a825', VOTE_NON_VOTING: '#9e9e9e', ABSENT: '#bdbdbd', EXPLANATION_OF_VOTE: '#90caf9'};
  function png(chart, button, name) {
    if (!button) return;
    button.addEventListener('click', function () {
      var a = document.createElement('a');
      a.href = chart.getDataURL({type: 'png', pixelRatio: 2, backgroundColor: '#fff'});
      a.download = name + '.png';
      a.click();
    });
  }
  var mapEl = document.getElementById('positions-map');
  if (mapEl && window.echarts) {
    fetch(mapEl.dataset.geo).then(function (r) { return r.json(); }).then(function (geo) {
      echarts.registerMap('world', geo);
      var values = JSON.parse(mapEl.dataset.values || '{}');
      var data = Object.keys(values).map(function (code) {
        return {name: code, value: values[code], itemStyle: {areaColor: COLOURS[values[code]] || '#90caf9'}};
      });
      var chart = echarts.init(mapEl);
      chart.setOption({
        tooltip: {trigger: 'item', formatter: function (p) { return p.name + (p.data ? ': ' + p.data.value : ''); }},
        series: [{type: 'map', map: 'world', roam: true, data: data, emphasis: {label: {show: false}},
          itemStyle: {areaColor: '#eeeeee', borderColor: '#999', borderWidth: 0.5}}]
      });
      chart.on('click', function (p) {
        if (p.name) window.location.href = mapEl.dataset.link.replace('STATE', p.name);
      });
      window.positionsMap = chart;
      mapEl.dataset.ready = 'true';
      png(chart, document.getElementById('map-png'), 'map');
    });
  }
  var tlEl = document.getElementById('timeline-chart');
  if (tlEl && window.echarts) {
    var points = JSON.parse(tlEl.dataset.points || '[]');
    var level = {SUPPORTS: 1, ABSTAINS: 0, OPPOSES: -1};
    var chart = echarts.init(tlEl);
    chart.setOption({
      tooltip: {trigger: 'item', formatter: function (p) { return p.data[0] + ' ' + p.data[2] + ' ' + p.data[3]; }},
      xAxis: {type: 'time'},
      yAxis: {type: 'value', min: -1, max: 1, interval: 1,
        axisLabel: {formatter: function (v) { return v === 1 ? 'SUPPORTS' : v === -1 ? 'OPPOSES' : 'ABSTAINS'; }}},
      series: [{type: 'line', step: 'end', symbolSize: 8,
        data: points.map(function (p) { return [p.date, level[p.stance], p.text, p.kind]; })}]
    });
    window.positionsTimeline = chart;
    png(chart, document.getElementById('timeline-png'), 'timeline');
  }
})();
